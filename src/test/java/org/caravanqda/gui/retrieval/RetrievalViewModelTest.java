package org.caravanqda.gui.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.app.export.ExportRequest;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.retrieval.RetrievalRequest;
import org.caravanqda.app.retrieval.RetrievedSegment;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.ScriptedDialogs;
import org.caravanqda.gui.retrieval.RetrievalViewModel.Column;
import org.caravanqda.gui.retrieval.RetrievalViewModel.SortKey;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retrieval view's model on the demo project (nine interviews, two coders); jobs run inline. */
class RetrievalViewModelTest {
    private static final String CODE = "Exit as voice";

    @TempDir
    Path tmp;

    private final List<Throwable> errors = new ArrayList<>();
    private final Preferences node = Preferences.userRoot().node("caravan-test-" + UUID.randomUUID());
    private final Jobs inline = new Jobs(Runnable::run, Runnable::run);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Project project;
    private WorkbenchViewModel workbench;
    private RetrievalViewModel vm;
    private int transcriptShown;

    @BeforeEach
    void open() {
        new DemoService(TestApp.app()).build(tmp.resolve("demo"), Progress.NONE);
        project = TestApp.app().open(tmp.resolve("demo"));
        workbench = new WorkbenchViewModel(
                project, inline, (w, e) -> errors.add(e), dialogs, new GuiPreferences(node), "anna");
        workbench.reload();
        vm = new RetrievalViewModel(workbench, () -> transcriptShown++);
        vm.open(RetrievalRequest.of(CODE));
    }

    @AfterEach
    void close() throws Exception {
        project.close();
        node.removeNode();
    }

    private List<Long> storedIds(String code, String coder) {
        return project.codings().codings(null, code, coder).stream()
                .map(CodingView::id)
                .sorted()
                .toList();
    }

    private static List<Long> ids(List<RetrievedSegment> rows) {
        return rows.stream().map(RetrievedSegment::codingId).sorted().toList();
    }

    @Test
    void listsTheCodesSegmentsAndSortsByAnyColumn() {
        assertThat(ids(vm.shown())).isEqualTo(storedIds(CODE, null));
        int n = vm.shown().size();
        assertThat(vm.summaryProperty().get()).startsWith(n + " segments in ");
        assertThat(vm.titleProperty().get()).isEqualTo("Segments: " + CODE);

        vm.sortBy(List.of(new SortKey(Column.CODER, false)));
        assertThat(vm.shown())
                .isSortedAccordingTo(
                        Comparator.comparing(RetrievedSegment::coder).reversed());
        assertThat(vm.shown().get(0).coder()).isEqualTo("timur");
        vm.sortBy(List.of(new SortKey(Column.DATE, true)));
        assertThat(vm.shown()).isSortedAccordingTo(Comparator.comparing(RetrievedSegment::created));
        vm.sortBy(List.of(new SortKey(Column.CODE, true), new SortKey(Column.DOCUMENT, false)));
        assertThat(vm.shown())
                .isSortedAccordingTo(Comparator.comparing(RetrievedSegment::codePath, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(
                                Comparator.comparing(RetrievedSegment::document).reversed()));
        vm.sortBy(List.of());
        assertThat(vm.shown())
                .isSortedAccordingTo(
                        Comparator.comparing(RetrievedSegment::document).thenComparingInt(RetrievedSegment::start));
        assertThat(errors).isEmpty();
    }

    @Test
    void filtersByCoderDocumentAttributeQueryAndSubcodes() {
        vm.coders().setAll("anna");
        assertThat(ids(vm.shown())).isEqualTo(storedIds(CODE, "anna"));
        vm.coders().clear();
        assertThat(ids(vm.shown())).isEqualTo(storedIds(CODE, null));

        String doc = vm.shown().get(0).document();
        vm.documents().setAll(doc);
        assertThat(vm.shown())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.document()).isEqualTo(doc));
        vm.documents().clear();

        assertThat(vm.attributeChoices()).contains("wave = autumn-2022", "destination = Almaty");
        vm.attributeProperty().set("wave = autumn-2022");
        List<String> autumn = project.documents().list().stream()
                .filter(d -> "autumn-2022".equals(d.attributes().get("wave")))
                .map(d -> d.name())
                .toList();
        assertThat(vm.shown()).isNotEmpty().allSatisfy(r -> assertThat(autumn).contains(r.document()));
        vm.attributeProperty().set(RetrievalViewModel.ANY_VALUE);

        String word = vm.shown().get(0).text().split("[^\\p{L}]+")[1];
        vm.queryProperty().set(word);
        vm.refresh();
        assertThat(vm.shown())
                .isNotEmpty()
                .hasSizeLessThan(storedIds(CODE, null).size());
        assertThat(ids(vm.shown())).isSubsetOf(project.search().codingIds(word));

        vm.queryProperty().set("text:(" + word);
        vm.refresh();
        assertThat(vm.errorProperty().get()).startsWith("query syntax:");
        assertThat(vm.shown()).isEmpty();
        vm.queryProperty().set("");
        vm.refresh();
        assertThat(vm.errorProperty().get()).isEmpty();

        vm.withSubcodesProperty().set(false);
        assertThat(vm.shown()).allSatisfy(r -> assertThat(r.codePath()).isEqualTo(CODE));
        assertThat(errors).isEmpty();
    }

    @Test
    void changesTheCodeRemovesAndEditsTheMemoUndoably() {
        RetrievedSegment row = vm.shown().get(0);
        String target = "Accessibility";
        dialogs.choice(target);
        vm.changeCode(row);
        assertThat(dialogs.last().options()).contains(target).doesNotContain(row.codePath());
        // the list was read again: the segment left this code for the other
        assertThat(vm.shown())
                .noneMatch(r -> r.start() == row.start()
                        && r.end() == row.end()
                        && r.coder().equals(row.coder())
                        && r.codePath().equals(row.codePath()));
        assertThat(project.codings().codings(row.document(), target, row.coder()))
                .anyMatch(c -> c.start() == row.start()
                        && c.end() == row.end()
                        && java.util.Objects.equals(c.memo(), row.memo()));
        workbench.coding().undo();
        assertThat(vm.shown())
                .anyMatch(r -> r.start() == row.start()
                        && r.end() == row.end()
                        && r.codePath().equals(row.codePath())
                        && r.coder().equals(row.coder()));
        assertThat(project.codings().codings(row.document(), target, row.coder()))
                .noneMatch(c -> c.start() == row.start() && c.end() == row.end());

        int before = vm.shown().size();
        RetrievedSegment gone = vm.shown().get(1);
        vm.remove(gone);
        assertThat(vm.shown()).hasSize(before - 1);
        assertThat(storedIds(CODE, null)).hasSize(before - 1);
        workbench.coding().undo();
        assertThat(vm.shown()).hasSize(before);

        RetrievedSegment memo = vm.shown().get(2);
        dialogs.text("the turning point of the interview");
        vm.editMemo(memo);
        assertThat(project.codings().codings(memo.document(), CODE, null))
                .anyMatch(c -> c.id() == memo.codingId() && "the turning point of the interview".equals(c.memo()));
        assertThat(vm.shown()).anyMatch(r -> "the turning point of the interview".equals(r.memo()));
        workbench.coding().undo();
        assertThat(project.codings().codings(memo.document(), CODE, null))
                .anyMatch(c -> c.id() == memo.codingId() && java.util.Objects.equals(c.memo(), memo.memo()));
        assertThat(dialogs.unanswered()).isZero();
        assertThat(errors).isEmpty();
    }

    @Test
    void aSegmentAnotherCoderChangedSinceItWasListedIsNotRemovedOverTheirChange() {
        RetrievedSegment row = vm.shown().get(0);
        assertThat(row.version()).isGreaterThanOrEqualTo(0);
        // someone else (another window, the command line, a team member) edits its memo meanwhile
        project.codings().memo(row.codingId(), "timur's second thoughts", "timur");

        vm.remove(row);

        assertThat(project.codings().codings(row.document(), CODE, null))
                .anyMatch(c -> c.id() == row.codingId() && "timur's second thoughts".equals(c.memo()));
        assertThat(workbench.statusProperty().get())
                .contains("since you saw it")
                .contains("nothing was changed");
        // the list shows the coding as it is now, and removing it from there works
        RetrievedSegment now = vm.shown().stream()
                .filter(r -> r.codingId() == row.codingId())
                .findFirst()
                .orElseThrow();
        assertThat(now.version()).isGreaterThan(row.version());
        vm.remove(now);
        assertThat(storedIds(CODE, null)).doesNotContain(row.codingId());
        assertThat(errors).isEmpty();
    }

    @Test
    void opensARowInTheTranscriptWithItsPassageSelected() {
        RetrievedSegment row = vm.shown().get(vm.shown().size() - 1);
        vm.openInTranscript(row);
        assertThat(transcriptShown).isEqualTo(1);
        var t = workbench.transcript().transcriptProperty().get();
        assertThat(t.name()).isEqualTo(row.document());
        assertThat(workbench.transcript().selectionStartProperty().get()).isEqualTo(row.start());
        assertThat(workbench.transcript().selectionEndProperty().get()).isEqualTo(row.end());
        assertThat(t.text().substring(row.start(), row.end())).isEqualTo(row.text());
    }

    @Test
    void anOverlapOfAllCodesIsListedButNotRecodedAsOne() {
        vm.chooseCodes(List.of(CODE, "Exit as voice/Silent protest"), RetrievalRequest.Combine.ALL, true);
        assertThat(vm.shown())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.single()).isFalse());
        vm.remove(vm.shown().get(0));
        assertThat(workbench.statusProperty().get()).contains("several codings overlap");
        assertThat(workbench.coding().undoStack().canUndoProperty().get()).isFalse();
    }

    @Test
    void exportsTheListAsShownToExcelAndCsv() throws Exception {
        vm.coders().setAll("anna");
        vm.sortBy(List.of(new SortKey(Column.DATE, false)));
        List<Long> order = vm.shown().stream().map(RetrievedSegment::codingId).toList();
        List<String> header = project.exports()
                .segmentHeader(new ExportRequest(
                        tmp.resolve("x.xlsx"), null, vm.contextWordsProperty().get(), false));

        Path xlsx = tmp.resolve("segments.xlsx");
        dialogs.save(xlsx);
        vm.export();
        assertThat(workbench.statusProperty().get()).startsWith("Exported " + order.size() + " segments");
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            Sheet sheet = wb.getSheet("Segments");
            DataFormatter f = new DataFormatter();
            List<String> head = new ArrayList<>();
            sheet.getRow(0).forEach(c -> head.add(f.formatCellValue(c)));
            assertThat(head).isEqualTo(header);
            int id = head.indexOf("coding id");
            int coder = head.indexOf("coder");
            int text = head.indexOf("coded text");
            List<Long> written = new ArrayList<>();
            for (Row r : sheet) {
                if (r.getRowNum() > 0) {
                    written.add((long) r.getCell(id).getNumericCellValue());
                    assertThat(r.getCell(coder).getStringCellValue()).isEqualTo("anna");
                }
            }
            assertThat(written).isEqualTo(order);
            assertThat(sheet.getRow(1).getCell(text).getStringCellValue())
                    .isEqualTo(vm.shown().get(0).text());
        }

        Path csv = tmp.resolve("segments.csv");
        vm.export(csv);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<CSVRecord> records =
                    CSVFormat.DEFAULT.builder().build().parse(in).getRecords();
            assertThat(records.get(0).get(0).replace("\uFEFF", "")).isEqualTo(header.get(0));
            int id = header.indexOf("coding id");
            assertThat(records.subList(1, records.size()).stream()
                            .map(r -> Long.parseLong(r.get(id)))
                            .toList())
                    .isEqualTo(order);
        }
        assertThat(errors).isEmpty();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void showsPseudonymsWhenTheWindowDoes() {
        RetrievedSegment row = vm.shown().stream()
                .filter(r -> r.document().startsWith("ru-01"))
                .findFirst()
                .orElseThrow();
        project.pseudonyms().add("Марина", "Алия", null);
        workbench.showPseudonymsProperty().set(true);
        assertThat(row.speaker()).isEqualTo("Марина");
        assertThat(vm.shown(row.speaker())).isEqualTo("Алия");
        assertThat(vm.shown("Марина сказала")).isEqualTo("Алия сказала");
        workbench.showPseudonymsProperty().set(false);
        assertThat(vm.shown("Марина сказала")).isEqualTo("Марина сказала");
        assertThat(errors).isEmpty();
    }
}
