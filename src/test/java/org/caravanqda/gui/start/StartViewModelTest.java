package org.caravanqda.gui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartViewModelTest {
    @TempDir
    Path tmp;

    private final Preferences node = Preferences.userRoot().node("caravan-test-" + UUID.randomUUID());
    private final GuiPreferences prefs = new GuiPreferences(node);
    private final List<Project> opened = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StartViewModel vm = new StartViewModel(
            TestApp.app(),
            new Jobs(Runnable::run, Runnable::run),
            (w, e) -> errors.add(e),
            dialogs,
            prefs,
            opened::add);

    @AfterEach
    void close() throws Exception {
        opened.forEach(Project::close);
        node.removeNode();
    }

    @Test
    void createsOpensAndRemembersProjectsNewestFirst() {
        vm.create(tmp.resolve("one"), "One", "ru");
        opened.remove(0).close();
        vm.create(tmp.resolve("two"), "Two", "kk");
        opened.remove(0).close();
        vm.open(tmp.resolve("one"));

        assertThat(opened).hasSize(1);
        assertThat(vm.recent())
                .extracting(RecentProject::location)
                .containsExactly(
                        tmp.resolve("one").toAbsolutePath().toString(),
                        tmp.resolve("two").toAbsolutePath().toString());
        assertThat(vm.recent().get(0).label()).isEqualTo("one   —   " + tmp.toAbsolutePath());
        assertThat(new GuiPreferences(node).recentProjects())
                .isEqualTo(vm.recent().stream().map(r -> Path.of(r.location())).toList());
        assertThat(errors).isEmpty();
    }

    @Test
    void aNewProjectGoesIntoAFolderNamedAfterItInTheFolderChosen() {
        dialogs.folder(tmp);
        vm.create("Interviews: Almaty/Bishkek", null);
        assertThat(dialogs.last().title()).isEqualTo("Where to create Interviews: Almaty/Bishkek");
        assertThat(opened)
                .singleElement()
                .satisfies(p -> assertThat(p.directory().toAbsolutePath())
                        .isEqualTo(tmp.resolve("Interviews_ Almaty_Bishkek").toAbsolutePath()));
        assertThat(errors).isEmpty();
    }

    @Test
    void cancellingTheFolderCreatesNothingAndClearsThePassword() throws Exception {
        char[] password = "степной ветер".toCharArray();
        dialogs.cancel("folder");
        vm.create("Secret", password);
        assertThat(password).containsOnly('\0');
        assertThat(opened).isEmpty();
        try (var files = java.nio.file.Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void openAsksForTheFolderAndCancellingOpensNothing() {
        vm.create(tmp.resolve("one"), "One", "ru");
        opened.remove(0).close();
        dialogs.cancel("folder").folder(tmp.resolve("one"));
        vm.chooseAndOpen();
        assertThat(opened).isEmpty();
        vm.chooseAndOpen();
        assertThat(opened).hasSize(1);
        assertThat(errors).isEmpty();
    }

    @Test
    void buildsTheDemoOnceThenOpensIt() {
        vm.openDemo(tmp.resolve("demo"));
        assertThat(opened.get(0).documents().list()).hasSizeGreaterThanOrEqualTo(8);
        opened.remove(0).close();
        vm.openDemo(tmp.resolve("demo"));
        assertThat(opened).hasSize(1);
        assertThat(errors).isEmpty();
    }

    /** Answers the password dialog with these passwords in turn (then cancels), recording what it was told. */
    private static PasswordAsker answering(List<String> problems, String... answers) {
        java.util.Deque<String> left = new java.util.ArrayDeque<>(List.of(answers));
        return (project, problem) -> {
            problems.add(String.valueOf(problem));
            return left.isEmpty()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(left.pop().toCharArray());
        };
    }

    private StartViewModel withPasswords(PasswordAsker asker) {
        return new StartViewModel(
                TestApp.app(),
                new Jobs(Runnable::run, Runnable::run),
                (w, e) -> errors.add(e),
                dialogs,
                prefs,
                opened::add,
                asker);
    }

    @Test
    void anEncryptedProjectIsCreatedAndReopenedAfterAWrongPassword() {
        Path dir = tmp.resolve("secret");
        char[] password = "степной ветер".toCharArray();
        vm.create(dir, "Secret", "ru", password);
        assertThat(password).containsOnly('\0');
        try (Project created = opened.remove(0)) {
            assertThat(StoreAccess.of(created).encrypted()).isTrue();
        }

        List<String> problems = new ArrayList<>();
        withPasswords(answering(problems, "горный ветер", "степной ветер")).open(dir);
        assertThat(problems).containsExactly("null", "wrong password for project " + dir);
        assertThat(opened).hasSize(1);
        assertThat(errors).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void cancellingThePasswordOpensNothingAndReportsNothing() {
        Path dir = tmp.resolve("secret");
        vm.create(dir, "Secret", "ru", "степной ветер".toCharArray());
        opened.remove(0).close();
        List<String> problems = new ArrayList<>();
        withPasswords(answering(problems, "горный ветер")).open(dir);
        assertThat(problems).hasSize(2);
        assertThat(opened).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void aTooShortPasswordIsReportedAndNothingIsCreated() {
        vm.create(tmp.resolve("weak"), "Weak", "ru", "short".toCharArray());
        assertThat(opened).isEmpty();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("too short"));
        assertThat(tmp.resolve("weak")).doesNotExist();
    }

    @Test
    void aFolderWithoutProjectIsReported() {
        vm.open(tmp.resolve("nothing-here"));
        assertThat(opened).isEmpty();
        assertThat(errors).hasSize(1);
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
