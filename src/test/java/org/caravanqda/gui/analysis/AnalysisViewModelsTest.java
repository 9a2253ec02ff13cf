package org.caravanqda.gui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.retrieval.RetrievalRequest;
import org.caravanqda.app.tables.Figures;
import org.caravanqda.cli.CaravanCli;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frequencies, co-occurrence and matrix view models on the demo project (9 interviews, two
 * coders), jobs inline: their figures equal {@code caravan table ... --format csv} run in-process
 * for the same filters, and a click asks the retrieval view for the right segments.
 */
class AnalysisViewModelsTest {
    @TempDir
    static Path tmp;

    static Path dir;
    private Project project;

    private final Jobs inline = new Jobs(Runnable::run, Runnable::run);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<RetrievalRequest> asked = new ArrayList<>();

    @BeforeAll
    static void demo() {
        dir = new DemoService(TestApp.app())
                .build(tmp.resolve("demo"), Progress.NONE)
                .project();
    }

    /** Opens the project for the view models; the CLI runs before, as it refuses a project held open. */
    private Project project() {
        if (project == null) {
            project = TestApp.app().open(dir);
        }
        return project;
    }

    @AfterEach
    void close() throws Exception {
        if (project != null) {
            project.close();
        }
    }

    @BeforeEach
    void clear() {
        asked.clear();
    }

    /** Runs {@code caravan table ... --format csv} in-process and parses what it printed. */
    private static List<CSVRecord> cli(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("table", "-p", dir.toString()));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", "csv"));
        int exit = new CaravanCli(TestApp.app(), new PrintWriter(out, true), new PrintWriter(err, true))
                .run(all.toArray(String[]::new));
        assertThat(exit).as(err.toString()).isZero();
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(out.toString()))
                .getRecords();
    }

    private FrequenciesViewModel frequencies() {
        FrequenciesViewModel vm = new FrequenciesViewModel(project(), inline, dialogs, asked::add);
        vm.hideUnusedProperty().set(false);
        return vm;
    }

    @Test
    void frequenciesEqualTheCliForTheSameCoderAndQuery() throws Exception {
        List<CSVRecord> annas = cli("frequencies", "--coder", "anna");
        List<CSVRecord> queried = cli("frequencies", "--coder", "anna", "--query", "уехать OR работа OR work");
        FrequenciesViewModel vm = frequencies();
        vm.filters().coders().add("anna");
        vm.refresh();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertFrequencies(vm, annas);

        vm.filters().queryProperty().set("уехать OR работа OR work");
        vm.refresh();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertFrequencies(vm, queried);
        // the query narrowed the count: fewer codings than the coder's all
        int total = Integer.parseInt(queried.get(queried.size() - 1).get("codings"));
        assertThat(total).isPositive().isLessThan(rowOf(annas, "(all codings)"));
    }

    private static int rowOf(List<CSVRecord> rows, String code) {
        return rows.stream()
                .filter(r -> r.get("code").equals(code))
                .mapToInt(r -> Integer.parseInt(r.get("codings")))
                .findFirst()
                .orElseThrow();
    }

    private static void assertFrequencies(FrequenciesViewModel vm, List<CSVRecord> csv) {
        Grid grid = vm.gridProperty().get();
        assertThat(grid.rows()).hasSize(csv.size());
        for (int i = 0; i < csv.size(); i++) {
            CSVRecord r = csv.get(i);
            List<Object> row = grid.rows().get(i);
            assertThat(row.get(0)).isEqualTo(r.get("code"));
            assertThat(row.subList(1, 4))
                    .as(r.get("code"))
                    .containsExactly(
                            Integer.parseInt(r.get("codings")),
                            Integer.parseInt(r.get("coded words")),
                            Integer.parseInt(r.get("documents")));
        }
        // the bars are the same codings
        for (Bars.Bar b : vm.barsProperty().get().bars()) {
            assertThat((int) b.value()).isEqualTo(rowOf(csv, b.code()));
        }
    }

    @Test
    void anAttributeValueCountsTheDocumentsWithItAsTheCliDoesForThem() throws Exception {
        List<CSVRecord> almaty = cli(
                "frequencies",
                "--documents",
                "ru-01-almaty-marina.txt,ru-06-almaty-tbilisi-ksenia.txt,en-02-almaty-vera.txt");
        FrequenciesViewModel vm = frequencies();
        vm.filters().attributeProperty().set("destination");
        vm.filters().valueProperty().set("Almaty");
        vm.refresh();
        Figures f = vm.figuresProperty().get();
        assertThat(f.frequencies().documents())
                .containsExactlyInAnyOrder(
                        "ru-01-almaty-marina.txt", "ru-06-almaty-tbilisi-ksenia.txt", "en-02-almaty-vera.txt");
        assertFrequencies(vm, almaty);
        assertThat(vm.summaryProperty().get()).contains("3 documents").contains("destination = Almaty");

        // a bar asks for the code's segments with sub-codes, in those documents only
        String code = vm.barsProperty().get().bars().get(0).code();
        vm.open(code);
        RetrievalRequest r = asked.get(0);
        assertThat(r.codePaths()).containsExactly(code);
        assertThat(r.combine()).isEqualTo(RetrievalRequest.Combine.ANY);
        assertThat(r.withSubcodes()).isTrue();
        assertThat(r.selection().documents()).hasSize(3);
    }

    @Test
    void aQueryThePaserRejectsIsAMessageNotAFailure() {
        FrequenciesViewModel vm = frequencies();
        vm.refresh();
        Grid before = vm.gridProperty().get();
        vm.filters().queryProperty().set("text:(unclosed AND");
        vm.refresh();
        assertThat(vm.errorProperty().get()).isNotBlank();
        assertThat(dialogs.errors()).isEmpty();
        // what was shown stays
        assertThat(vm.gridProperty().get()).isSameAs(before);
        assertThat(vm.busyProperty().get()).isFalse();

        // filters no document passes say so too
        vm.filters().queryProperty().set("");
        vm.filters().documents().add("en-02-almaty-vera.txt");
        vm.filters().attributeProperty().set("destination");
        vm.filters().valueProperty().set("Bishkek");
        vm.refresh();
        assertThat(vm.errorProperty().get()).contains("No document among those chosen has destination = Bishkek");
    }

    @Test
    void cooccurrenceEqualsTheCliPairsAndACellAsksForOverlaps() throws Exception {
        List<CSVRecord> pairs = cli("cooccurrence", "--coder", "timur");
        CooccurrenceViewModel vm = new CooccurrenceViewModel(project(), inline, dialogs, asked::add);
        vm.filters().coders().add("timur");
        vm.refresh();
        HeatMap m = vm.heatMapProperty().get();
        assertThat(pairs).isNotEmpty();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < m.rows().size(); i++) {
            index.put(m.rows().get(i), i);
        }
        int compared = 0;
        for (CSVRecord p : pairs) {
            int a = index.get(p.get("code A"));
            int b = index.get(p.get("code B"));
            int units = Integer.parseInt(p.get("units with both"));
            assertThat((int) m.values()[a][b]).as(p.toString()).isEqualTo(units);
            assertThat((int) m.values()[b][a]).isEqualTo(units);
            assertThat(m.muted()[a][b]).isFalse();
            compared++;
        }
        // and no other pair of unrelated codes shares a unit
        int nonzero = 0;
        for (int a = 0; a < m.rows().size(); a++) {
            for (int b = a + 1; b < m.rows().size(); b++) {
                if (!m.muted()[a][b] && m.values()[a][b] > 0) {
                    nonzero++;
                }
            }
        }
        assertThat(nonzero).isEqualTo(compared);

        CSVRecord first = pairs.get(0);
        int a = index.get(first.get("code A"));
        int b = index.get(first.get("code B"));
        vm.open(a, b);
        assertThat(asked.get(0))
                .isEqualTo(new RetrievalRequest(
                        List.of(first.get("code A"), first.get("code B")),
                        RetrievalRequest.Combine.SAME_UNIT,
                        true,
                        vm.selection()));
        assertThat(asked.get(0).selection().coders()).containsExactly("timur");
        vm.open(a, a);
        assertThat(asked.get(1).codePaths()).containsExactly(first.get("code A"));
        assertThat(asked.get(1).combine()).isEqualTo(RetrievalRequest.Combine.ANY);

        // row %: of the row code's units, the share that has the column code too
        double units = m.values()[a][b];
        double own = m.values()[a][a];
        vm.displayProperty().set(Display.ROW_PERCENT);
        assertThat(vm.heatMapProperty().get().values()[a][b])
                .isCloseTo(100 * units / own, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(vm.heatMapProperty().get().values()[a][a]).isEqualTo(100.0);
        vm.displayProperty().set(Display.PERCENT_OF_DOCUMENTS);
        double docs = vm.heatMapProperty().get().values()[a][b];
        assertThat(docs).isGreaterThan(0).isLessThanOrEqualTo(100);
        // a document share is a multiple of 1/9 of the demo's nine interviews
        assertThat(docs * 9 / 100).isCloseTo(Math.rint(docs * 9 / 100), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void matrixEqualsTheCliBinsAndACellNarrowsToTheValuesDocuments() throws Exception {
        List<CSVRecord> csv = cli("matrix", "--by", "age");
        MatrixViewModel vm = new MatrixViewModel(project(), inline, dialogs, asked::add);
        vm.refresh();
        assertThat(vm.attributes()).contains("age", "destination", "gender");
        vm.byProperty().set("age");
        vm.refresh();
        HeatMap m = vm.heatMapProperty().get();
        // ages 24..45 fall into bins as the CLI makes them
        List<String> header = new ArrayList<>(csv.get(0).getParser().getHeaderNames());
        List<String> valueColumns = header.subList(1, 1 + m.columns().size());
        assertThat(valueColumns)
                .containsExactlyElementsOf(
                        m.columns().stream().map(c -> c + ": documents").toList());
        assertThat(m.rows()).hasSize(csv.size());
        for (int r = 0; r < csv.size(); r++) {
            assertThat(m.rows().get(r)).isEqualTo(csv.get(r).get("code"));
            for (int v = 0; v < m.columns().size(); v++) {
                assertThat((int) m.values()[r][v])
                        .isEqualTo(Integer.parseInt(csv.get(r).get(valueColumns.get(v))));
            }
        }
        vm.measureProperty().set(MatrixViewModel.Measure.CODINGS);
        HeatMap codings = vm.heatMapProperty().get();
        String bin = m.columns().get(0).replaceAll(" \\(n=\\d+\\)$", "");
        for (int r = 0; r < csv.size(); r++) {
            assertThat((int) codings.values()[r][0])
                    .isEqualTo(Integer.parseInt(csv.get(r).get(bin + ": codings")));
        }

        // a cell: the code's segments in the documents of that age bin
        vm.open(0, 0);
        RetrievalRequest req = asked.get(0);
        assertThat(req.codePaths()).containsExactly(m.rows().get(0));
        assertThat(req.combine()).isEqualTo(RetrievalRequest.Combine.ANY);
        int n = Integer.parseInt(m.columns().get(0).replaceAll(".*\\(n=(\\d+)\\)$", "$1"));
        assertThat(req.selection().documents()).hasSize(n);
        assertThat(vm.figuresProperty().get().documentsPerValue().get(0))
                .isEqualTo(req.selection().documents());

        // % of documents: documents with the code among the bin's n
        vm.displayProperty().set(Display.PERCENT_OF_DOCUMENTS);
        assertThat(vm.heatMapProperty().get().values()[0][0])
                .isCloseTo(100.0 * m.values()[0][0] / n, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theTableCopiesAsTabSeparatedTextThatPastesAsCells() {
        FrequenciesViewModel vm = frequencies();
        vm.refresh();
        String tsv = vm.gridProperty().get().tsv(Locale.ROOT);
        List<String> lines = tsv.lines().toList();
        assertThat(tsv).endsWith("\r\n");
        assertThat(lines.get(0)).isEqualTo("code\tcodings\tcoded words\tdocuments\t% of documents");
        assertThat(lines).hasSize(vm.gridProperty().get().rows().size() + 1);
        String total = lines.get(lines.size() - 1);
        assertThat(total).matches("\\(all codings\\)\\t\\d+\\t\\d+\\t\\d+\\t\\d+\\.\\d");
        // in a German locale the decimal comma Excel expects there
        assertThat(vm.gridProperty()
                        .get()
                        .tsv(Locale.GERMANY)
                        .lines()
                        .skip(1)
                        .findFirst()
                        .orElseThrow())
                .matches(".*\\t\\d+,\\d");
        // text never runs as a formula, and a tab inside a name cannot shift the columns
        Grid odd = new Grid(List.of("code", "n"), List.of(List.of("=HYPERLINK(\"x\")\tb", 3)));
        assertThat(odd.tsv(Locale.ROOT)).isEqualTo("code\tn\r\n'=HYPERLINK(\"x\") b\t3\r\n");
    }

    @Test
    void chartsSaveAsSvgWithTheirTextAndAsWhatTheViewGives() throws Exception {
        CooccurrenceViewModel vm = new CooccurrenceViewModel(project(), inline, dialogs, asked::add);
        vm.refresh();
        Path svg = tmp.resolve("co");
        dialogs.save(svg);
        vm.saveSvg();
        Path written = tmp.resolve("co.svg");
        String text = Files.readString(written);
        assertThat(text)
                .contains("<svg")
                .contains("Co-occurrence")
                .contains(vm.heatMapProperty().get().rows().get(0));
        assertThat(text).contains("Units (turns, paragraphs) with both codes");
        assertThat(vm.summaryProperty().get()).isEqualTo("Saved " + written);

        FrequenciesViewModel f = frequencies();
        f.refresh();
        Path png = tmp.resolve("f.png");
        dialogs.save(png);
        List<Path> wrote = new ArrayList<>();
        f.savePng(wrote::add);
        assertThat(wrote).containsExactly(png);
        dialogs.save(tmp.resolve("bars.svg"));
        f.saveSvg();
        assertThat(Files.readString(tmp.resolve("bars.svg")))
                .contains("Frequencies")
                .contains(f.barsProperty().get().bars().get(0).code());
        assertThat(dialogs.errors()).isEmpty();
    }
}
