package org.caravanqda.gui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.caravanqda.app.Project;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.pseudonyms.PseudonymsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pseudonym table's view model and "Show pseudonyms" in the workbench, without a screen (jobs run inline). */
class PseudonymsInWorkbenchTest {
    private static final String TEXT = "Интервьюер: Откуда вы знаете Марину?\n\nМарина: Мы с Тимуром уехали вместе.\n";

    @TempDir
    Path tmp;

    private final List<Throwable> errors = new ArrayList<>();
    private final Preferences node = Preferences.userRoot().node("caravan-test-" + UUID.randomUUID());
    private Project project;
    private WorkbenchViewModel vm;
    private PseudonymsViewModel table;
    private int changes;

    @BeforeEach
    void open() throws Exception {
        project = InlineWorkbench.projectWith(tmp, "marina.txt", TEXT);
        Jobs inline = new Jobs(Runnable::run, Runnable::run);
        vm = InlineWorkbench.viewModel(project, errors, node, "anna");
        vm.reload();
        vm.openDocument("marina.txt");
        table = new PseudonymsViewModel(project.pseudonyms(), inline, (w, e) -> errors.add(e), () -> changes++);
        table.load();
    }

    @AfterEach
    void close() throws Exception {
        project.close();
        node.removeNode();
    }

    @Test
    void tableAddsEditsRemovesAndRefusesADuplicate() {
        assertThat(table.entries()).isEmpty();
        table.add("Марина", "Зарина");
        table.add("Тимур", "Азамат");
        assertThat(table.entries())
                .extracting(p -> p.realName() + "->" + p.pseudonym())
                .containsExactly("Марина->Зарина", "Тимур->Азамат");
        table.edit(table.entries().get(1), "Тимур", "Данияр");
        assertThat(project.pseudonyms().list()).extracting(p -> p.pseudonym()).containsExactly("Зарина", "Данияр");
        table.add("МАРИНА", "Лейла");
        assertThat(errors)
                .singleElement()
                .satisfies(e -> assertThat(e).hasMessageContaining("already in the pseudonym list"));
        assertThat(table.entries()).hasSize(2);
        table.remove(table.entries().get(0));
        assertThat(project.pseudonyms().list()).extracting(p -> p.realName()).containsExactly("Тимур");
        assertThat(changes).isEqualTo(4);
    }

    @Test
    void showPseudonymsRewritesTheDisplayAndTurnsCodingOff() {
        table.add("Марина", "Зарина");
        table.add("Тимур", "Азамат");
        table.add("marina", "zarina");
        vm.showPseudonymsProperty().set(true);
        var shown = vm.transcript().transcriptProperty().get();
        assertThat(shown.text())
                .isEqualTo("Интервьюер: Откуда вы знаете Зарину?\n\nЗарина: Мы с Азаматом уехали вместе.\n");
        assertThat(shown.name()).isEqualTo("zarina.txt");
        assertThat(shown.units())
                .extracting(u -> u.speaker())
                .contains("Зарина")
                .doesNotContain("Марина");
        assertThat(vm.documents().shown("marina.txt")).isEqualTo("zarina.txt");
        // coding is display-only meanwhile: nothing reaches the store
        int at = shown.text().indexOf("Азаматом");
        vm.transcript().select(at, at + 8);
        assertThat(vm.coding().apply(vm.codebook().nodes().get(0).path())).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Coding is off while pseudonyms are shown");
        assertThat(project.codings().codings("marina.txt", null, null)).isEmpty();
        vm.showPseudonymsProperty().set(false);
        assertThat(vm.transcript().transcriptProperty().get().text()).isEqualTo(TEXT);
        assertThat(vm.documents().shown("marina.txt")).isEqualTo("marina.txt");
        int real = TEXT.indexOf("Тимуром");
        vm.transcript().select(real, real + 7);
        assertThat(vm.coding().apply(vm.codebook().nodes().get(0).path())).isTrue();
        assertThat(project.codings().codings("marina.txt", null, null))
                .singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("Тимуром"));
        assertThat(errors).isEmpty();
    }
}
