package org.caravanqda.gui.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caravanqda.app.attributes.AttributeService;
import org.caravanqda.app.attributes.AttributeValues;
import org.caravanqda.app.documents.DocumentListing;
import org.caravanqda.gui.workbench.SmallWorkbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attribute table's decisions: what a cell shows, what it accepts, undo, sorting, a new attribute. */
class AttributeTableViewModelTest {
    @TempDir
    Path tmp;

    SmallWorkbench w;
    AttributeTableViewModel table;

    @BeforeEach
    void open() throws Exception {
        w = new SmallWorkbench(tmp);
        table = new AttributeTableViewModel(w.vm);
        table.load();
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    private String stored(String document, String attribute) {
        DocumentListing d = w.project.documents().list().stream()
                .filter(x -> x.name().equals(document))
                .findFirst()
                .orElseThrow();
        return AttributeValues.text(d.attributes().get(attribute));
    }

    @Test
    void cellsShowWhatTheDocumentsListingHolds() {
        AttributeService.Sheet sheet = table.sheetProperty().get();
        assertThat(sheet.attributes().keySet()).containsExactly("city", "age", "interviewed", "consent");
        assertThat(sheet.rows()).extracting(AttributeService.Row::document).isEqualTo(SmallWorkbench.DOCUMENTS);
        for (AttributeService.Row r : sheet.rows()) {
            for (String a : sheet.attributes().keySet()) {
                assertThat(AttributeTableViewModel.text(r, a)).isEqualTo(stored(r.document(), a));
            }
        }
        assertThat(AttributeTableViewModel.text(sheet.rows().get(2), "age")).isEqualTo("34");
        assertThat(AttributeTableViewModel.text(sheet.rows().get(2), "interviewed"))
                .isEqualTo("2024-03-15");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedAndNothingIsWritten() {
        long before = w.project.documents().stats().toString().hashCode();
        assertThat(table.edit("ru-01.txt", "age", "тридцать")).isFalse();
        assertThat(table.messageProperty().get())
                .contains("'тридцать' is not a number")
                .contains("age");
        assertThat(table.edit("ru-01.txt", "interviewed", "March")).isFalse();
        assertThat(table.messageProperty().get()).contains("is not a date");
        assertThat(table.edit("ru-01.txt", "consent", "maybe")).isFalse();
        assertThat(stored("ru-01.txt", "age")).isEqualTo("34");
        assertThat(stored("ru-01.txt", "consent")).isEqualTo("true");
        assertThat(w.project.documents().stats().toString().hashCode()).isEqualTo(before);
        assertThat(w.vm.coding().undoStack().canUndoProperty().get()).isFalse();
    }

    @Test
    void anEditIsOneUndoableStepAndTheTableFollows() {
        assertThat(table.edit("ru-01.txt", "age", " 35,5 ")).isTrue();
        assertThat(stored("ru-01.txt", "age")).isEqualTo("35.5");
        assertThat(AttributeTableViewModel.text(
                        table.sheetProperty().get().rows().get(2), "age"))
                .isEqualTo("35.5");
        assertThat(table.edit("kk-02.txt", "interviewed", "03.04.2024")).isTrue();
        assertThat(stored("kk-02.txt", "interviewed")).isEqualTo("2024-04-03");
        assertThat(table.edit("en-03.txt", "consent", "нет")).isTrue();
        assertThat(stored("en-03.txt", "consent")).isEqualTo("false");
        assertThat(w.project
                        .search()
                        .search("attr.city:Bishkek", org.caravanqda.app.search.SearchScope.DOCUMENTS, 10, false)
                        .hits())
                .hasSize(1);
        assertThat(table.edit("en-03.txt", "city", "")).isTrue();
        assertThat(stored("en-03.txt", "city")).isEmpty();
        // the search index hears of it: attr.city finds the document no more
        assertThat(w.project
                        .search()
                        .search("attr.city:Bishkek", org.caravanqda.app.search.SearchScope.DOCUMENTS, 10, false)
                        .hits())
                .isEmpty();

        w.vm.coding().undo();
        assertThat(stored("en-03.txt", "city")).isEqualTo("Bishkek");
        w.vm.coding().undo();
        w.vm.coding().undo();
        w.vm.coding().undo();
        assertThat(stored("ru-01.txt", "age")).isEqualTo("34");
        assertThat(stored("kk-02.txt", "interviewed")).isEqualTo("2024-04-02");
        assertThat(AttributeTableViewModel.text(
                        table.sheetProperty().get().rows().get(2), "age"))
                .isEqualTo("34");
        assertThat(w.errors).isEmpty();
    }

    @Test
    void anEditOfAValueSomeoneElseChangedMeanwhileIsRefusedAndTheCellShowsTheirs() {
        assertThat(AttributeTableViewModel.text(shown("ru-01.txt"), "age")).isEqualTo("34");
        // another coder's client sets it while this table still shows 34
        w.project.attributes().set("ru-01.txt", "age", "36", "timur");
        table.edit("ru-01.txt", "age", "35");
        assertThat(table.messageProperty().get())
                .contains("age of ru-01.txt was changed by someone else")
                .contains("36")
                .contains("nothing was changed")
                .doesNotContain("\n");
        assertThat(stored("ru-01.txt", "age")).isEqualTo("36");
        assertThat(AttributeTableViewModel.text(shown("ru-01.txt"), "age")).isEqualTo("36");
        assertThat(w.vm.coding().undoStack().canUndoProperty().get()).isFalse();
        assertThat(w.errors).isEmpty();
        // now that it shows 36, the edit goes through, and its undo checks the version it left
        table.edit("ru-01.txt", "age", "35");
        assertThat(stored("ru-01.txt", "age")).isEqualTo("35");
        w.vm.coding().undo();
        assertThat(stored("ru-01.txt", "age")).isEqualTo("36");
        assertThat(w.errors).isEmpty();
    }

    private AttributeService.Row shown(String document) {
        return table.sheetProperty().get().rows().stream()
                .filter(r -> r.document().equals(document))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void columnsSortByTypedValues() {
        List<AttributeService.Row> rows =
                new ArrayList<>(table.sheetProperty().get().rows());
        table.edit("kk-02.txt", "age", "");
        rows = new ArrayList<>(table.sheetProperty().get().rows());
        rows.sort(AttributeTableViewModel.order("age"));
        assertThat(rows)
                .extracting(AttributeService.Row::document)
                .containsExactly("ru-01.txt", "en-03.txt", "kk-02.txt");
        table.edit("ru-01.txt", "age", "100");
        rows = new ArrayList<>(table.sheetProperty().get().rows());
        rows.sort(AttributeTableViewModel.order("age")); // 41 before 100: numbers, not text
        assertThat(rows)
                .extracting(AttributeService.Row::document)
                .containsExactly("en-03.txt", "ru-01.txt", "kk-02.txt");
    }

    @Test
    void addsAnAttributeWithAType() {
        w.dialogs.text("Wave").choice("number");
        table.askAdd();
        assertThat(table.sheetProperty().get().attributes())
                .containsEntry("Wave", org.caravanqda.model.AttributeType.NUMBER);
        assertThat(table.messageProperty().get()).isEqualTo("Added attribute Wave (number)");
        table.add("wave", "text");
        assertThat(table.messageProperty().get()).contains("exists");
        assertThat(table.edit("ru-01.txt", "Wave", "2")).isTrue();
        assertThat(stored("ru-01.txt", "Wave")).isEqualTo("2");
        assertThat(w.errors).isEmpty();
    }
}
