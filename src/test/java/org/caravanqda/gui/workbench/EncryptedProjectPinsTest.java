package org.caravanqda.gui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.gui.common.GuiPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pinned codes (quick keys) name codes, and codes may name participants or what they said: the
 * GUI kept them per project in java.util.prefs (a plain file under ~/.java, the registry on
 * Windows), outside an encrypted project. For an encrypted project they now last the session only.
 */
class EncryptedProjectPinsTest {
    private static final String TEXT = "Интервьюер: Почему Алматы?\n\nМарина: Там уже были друзья.\n";

    @TempDir
    Path tmp;

    private final Preferences node = Preferences.userRoot().node("caravan-test-" + UUID.randomUUID());
    private final List<Throwable> errors = new ArrayList<>();

    @AfterEach
    void drop() throws Exception {
        node.removeNode();
    }

    private WorkbenchViewModel workbench(Project project) throws Exception {
        if (!Files.exists(tmp.resolve("ru-01.txt"))) {
            InlineWorkbench.imported(project, tmp, "ru-01.txt", TEXT);
        }
        WorkbenchViewModel vm = InlineWorkbench.viewModel(project, errors, node, "anna");
        vm.reload();
        vm.openDocument("ru-01.txt");
        return vm;
    }

    /** Every value under the GUI's preference node, as text. */
    private String stored() throws Exception {
        StringBuilder all = new StringBuilder();
        node.sync();
        for (String child : node.childrenNames()) {
            Preferences p = node.node(child);
            for (String key : p.keys()) {
                all.append(child)
                        .append('/')
                        .append(key)
                        .append('=')
                        .append(p.get(key, ""))
                        .append('\n');
            }
        }
        for (String key : node.keys()) {
            all.append(key).append('=').append(node.get(key, "")).append('\n');
        }
        return all.toString();
    }

    @Test
    void pinnedCodesOfAnEncryptedProjectWorkForTheSessionAndAreNeverStored() throws Exception {
        Path dir = tmp.resolve("secret");
        // pins left from before the project was encrypted are dropped when it opens
        String code;
        try (Project plain = TestApp.app().create(dir.resolveSibling("plain"), "plain", "ru", null, false)) {
            code = plain.codebook().tree().stream()
                    .filter(n -> n.code().codable())
                    .findFirst()
                    .orElseThrow()
                    .path();
        }
        new GuiPreferences(node).pinnedCodes(dir, List.of(code));
        try (Project project =
                TestApp.app().create(dir, "secret", "ru", null, false, "степной ветер 2022".toCharArray())) {
            WorkbenchViewModel vm = workbench(project);
            assertThat(vm.codebook().pinned()).isEmpty();
            vm.codebook().pin(code);
            vm.transcript().select(TEXT.indexOf("друзья"), TEXT.indexOf("друзья") + 6);
            assertThat(vm.coding().applyPinned(1)).isTrue();
            assertThat(project.codings().codings(null, code, null))
                    .extracting(CodingView::text)
                    .containsExactly("друзья");
            assertThat(new GuiPreferences(node).pinnedCodes(dir)).isEmpty();
            assertThat(stored()).doesNotContain(code);
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void aPlainProjectStillRemembersItsPins() throws Exception {
        try (Project project = TestApp.newProject(tmp)) {
            WorkbenchViewModel vm = workbench(project);
            String code = vm.codebook().codablePaths().get(0);
            vm.codebook().pin(code);
            assertThat(new GuiPreferences(node).pinnedCodes(project.directory()))
                    .containsExactly(code);
        }
    }
}
