package org.caravanqda.gui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caravanqda.app.cases.CaseService;
import org.caravanqda.app.search.SearchScope;
import org.caravanqda.gui.workbench.SmallWorkbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases from the window: make, tick documents, rename, delete, import a CSV; case: queries follow. */
class CasesViewModelTest {
    @TempDir
    Path tmp;

    SmallWorkbench w;
    CasesViewModel cases;

    @BeforeEach
    void open() throws Exception {
        w = new SmallWorkbench(tmp);
        cases = new CasesViewModel(w.vm);
        cases.load();
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    private List<String> found(String query) {
        return w.project.search().search(query, SearchScope.DOCUMENTS, 10, false).hits().stream()
                .map(h -> h.document())
                .sorted()
                .toList();
    }

    @Test
    void makeTickRenameAndDeleteACase() {
        assertThat(cases.cases()).isEmpty();
        assertThat(cases.documents()).isEqualTo(SmallWorkbench.DOCUMENTS);
        w.dialogs.text("Марина");
        cases.askCreate();
        assertThat(cases.selectedProperty().get().name()).isEqualTo("Марина");
        cases.setMember("ru-01.txt", true);
        cases.setMember("kk-02.txt", true);
        assertThat(cases.selectedProperty().get().documents()).containsExactly("kk-02.txt", "ru-01.txt");
        assertThat(cases.holds("kk-02.txt")).isTrue();
        assertThat(found("case:Марина")).containsExactly("kk-02.txt", "ru-01.txt");
        cases.setMember("kk-02.txt", false);
        assertThat(found("case:Марина")).containsExactly("ru-01.txt");

        w.dialogs.text("марина");
        cases.askCreate(); // the same name in other letters' case: refused, nothing made
        assertThat(cases.messageProperty().get()).contains("exists");
        assertThat(cases.cases()).hasSize(1);

        w.dialogs.text("Marina K.");
        cases.askRename();
        assertThat(w.project.cases().list())
                .extracting(CaseService.CaseListing::name)
                .containsExactly("Marina K.");
        assertThat(found("case:\"Marina K.\"")).containsExactly("ru-01.txt");

        w.dialogs.confirm(true);
        cases.askDelete();
        assertThat(w.dialogs.last().prompt()).contains("Its 1 document stay");
        assertThat(w.project.cases().list()).isEmpty();
        assertThat(cases.selectedProperty().get()).isNull();
        assertThat(w.project.documents().list()).hasSize(3);
        assertThat(w.errors).isEmpty();
    }

    @Test
    void importsACsvAndRefusesABadRowWhole() throws Exception {
        Path bad = Files.writeString(
                tmp.resolve("bad.csv"), "case,document,cohort\nМарина,ru-01.txt,2022\nDaniel,en-99.txt,2023\n");
        w.dialogs.file(bad);
        cases.askImport();
        assertThat(cases.messageProperty().get()).contains("bad.csv row 3").contains("en-99.txt");
        assertThat(w.project.cases().list()).isEmpty();

        Path good = Files.writeString(
                tmp.resolve("cases.csv"),
                "case,document,cohort\nМарина,ru-01.txt,2022\nМарина,kk-02.txt,\nDaniel,en-03.txt,2023\n");
        w.dialogs.file(good);
        cases.askImport();
        assertThat(cases.messageProperty().get())
                .isEqualTo("2 cases from cases.csv (2 new), 3 documents, 2 attribute values");
        assertThat(cases.cases()).extracting(CaseService.CaseListing::name).containsExactly("Daniel", "Марина");
        cases.selectedProperty().set(cases.cases().get(1));
        assertThat(cases.values()).isEqualTo("cohort: 2022");
        assertThat(found("case:Daniel")).containsExactly("en-03.txt");
        assertThat(w.errors).isEmpty();
    }
}
