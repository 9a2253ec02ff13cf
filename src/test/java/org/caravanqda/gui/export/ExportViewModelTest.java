package org.caravanqda.gui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.agreement.AgreementUnit;
import org.caravanqda.app.job.Progress;
import org.caravanqda.cli.CaravanCli;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export dialog's model on the demo project: each format written with the dialog's options is
 * the file {@code caravan export} (or {@code codebook export}) writes with the same options, read
 * back and compared by content; a cancelled export leaves no file; asking for real names shows the
 * CLI's warning. Jobs run inline.
 */
class ExportViewModelTest {
    @TempDir
    static Path tmp;

    private static Path demo;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Path> shownFolders = new ArrayList<>();
    private Project project;
    private ExportViewModel vm;
    private Path out;

    @BeforeAll
    static void buildDemo() {
        demo = tmp.resolve("demo");
        new DemoService(TestApp.app()).build(demo, Progress.NONE);
    }

    @BeforeEach
    void open() throws IOException {
        out = Files.createTempDirectory(tmp, "out");
        openProject();
    }

    private void openProject() {
        project = TestApp.app().open(demo);
        vm = new ExportViewModel(project, new Jobs(Runnable::run, Runnable::run), dialogs, shownFolders::add);
        vm.load();
    }

    @AfterEach
    void close() {
        project.close();
    }

    /** The command line, with the project released meanwhile (one process holds it at a time). */
    private CliResult cli(String... args) {
        project.close();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int exit = new CaravanCli(TestApp.app(), new PrintWriter(o, true), new PrintWriter(e, true)).run(args);
        openProject();
        return new CliResult(exit, o.toString(), e.toString());
    }

    private record CliResult(int exit, String out, String err) {}

    @Test
    void theWorkbookIsTheCommandLinesForTheSameOptions() throws Exception {
        assertThat(vm.coders()).contains("anna", "timur");
        assertThat(vm.documents()).hasSizeGreaterThan(3);
        List<String> docs = List.of(
                vm.documents().get(0), vm.documents().get(2), vm.documents().get(3));
        Path gui = out.resolve("gui.xlsx");
        vm.fileProperty().set(gui);
        vm.chosenCoders().setAll("anna");
        vm.chosenDocuments().setAll(docs);
        vm.queryProperty().set("уехать OR left");
        vm.contextWordsProperty().set(8);
        vm.agreementProperty().set(true);
        vm.agreementCoders().setAll("anna", "timur");
        vm.agreementUnitProperty().set(AgreementUnit.PARAGRAPH);
        vm.export();
        assertThat(vm.messageProperty().get()).as(vm.summaryProperty().get()).isEqualTo("Done");
        assertThat(vm.summaryProperty().get()).startsWith("Wrote " + gui + ": ");
        assertThat(vm.writtenProperty().get()).isEqualTo(gui);

        Path cli = out.resolve("cli.xlsx");
        CliResult r = cli(
                "export",
                "-p",
                demo.toString(),
                cli.toString(),
                "--coder",
                "anna",
                "--documents",
                String.join(",", docs),
                "--query",
                "уехать OR left",
                "--context",
                "8",
                "--agreement",
                "anna,timur",
                "--agreement-unit",
                "paragraph");
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, List<List<String>>> mine = sheets(gui);
        assertThat(mine.keySet()).contains("Agreement", "Disagreements", "About");
        assertThat(mine.values().stream().mapToInt(List::size).sum()).isGreaterThan(20);
        assertThat(mine).isEqualTo(sheets(cli));
        // the filters reached the file: only anna's segments of the documents chosen
        assertThat(mine.values().iterator().next().size()).isGreaterThan(1);
    }

    @Test
    void csvQdpxQdcAndMarkdownAreTheCommandLinesToo() throws Exception {
        for (ExportFormat f : List.of(ExportFormat.CSV, ExportFormat.QDPX, ExportFormat.QDC, ExportFormat.MARKDOWN)) {
            Path gui = out.resolve("gui-" + f.name() + "." + f.extension());
            Path cli = out.resolve("cli-" + f.name() + "." + f.extension());
            vm.formatProperty().set(f);
            vm.fileProperty().set(gui);
            vm.byteOrderMarkProperty().set(f == ExportFormat.CSV);
            vm.lfLineEndsProperty().set(f == ExportFormat.QDPX);
            vm.export();
            assertThat(vm.messageProperty().get())
                    .as(f + ": " + vm.summaryProperty().get())
                    .isEqualTo("Done");
            List<String> args = new ArrayList<>(
                    f == ExportFormat.MARKDOWN || f == ExportFormat.QDC
                            ? List.of("codebook", "export", "-p", demo.toString(), cli.toString())
                            : List.of("export", "-p", demo.toString(), cli.toString()));
            if (f == ExportFormat.CSV) {
                args.add("--bom");
            }
            if (f == ExportFormat.QDPX) {
                args.add("--lf-line-ends");
            }
            CliResult r = cli(args.toArray(String[]::new));
            assertThat(r.exit()).as(r.err()).isZero();
            if (f == ExportFormat.QDPX) {
                assertThat(entries(gui)).isEqualTo(entries(cli)).isNotEmpty();
            } else {
                assertThat(Files.readAllBytes(gui)).as(f.name()).isEqualTo(Files.readAllBytes(cli));
            }
            assertThat(Files.size(gui)).isGreaterThan(200);
        }
    }

    @Test
    void cancellingLeavesNoFile() throws Exception {
        Path gui = out.resolve("cancelled.xlsx");
        vm.fileProperty().set(gui);
        // cancelled at the first progress report, after the first document of nine
        vm.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0 && b.doubleValue() < 1) {
                vm.cancel();
            }
        });
        vm.export();
        assertThat(vm.messageProperty().get()).isEqualTo("Cancelled: no file was written");
        assertThat(vm.writtenProperty().get()).isNull();
        assertThat(gui).doesNotExist();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void realNamesShowTheCommandLinesWarningBeforeAndAfter() throws Exception {
        project.pseudonyms().add("Марина", "Мария", null);
        try {
            vm.load();
            assertThat(vm.warningProperty().get()).isEmpty();
            vm.realNamesProperty().set(true);
            assertThat(vm.warningProperty().get())
                    .isEqualTo("Warning: exporting real names: 1 pseudonyms are defined and \"Write real names\""
                            + " keeps them out of this export");
            Path gui = out.resolve("real.csv");
            vm.formatProperty().set(ExportFormat.CSV);
            vm.fileProperty().set(gui);
            vm.export();
            assertThat(vm.summaryProperty().get())
                    .contains("Warning: exporting real names: 1 pseudonyms are defined and \"Write real names\""
                            + " kept them out of this export");
            Path cli = out.resolve("cli-real.csv");
            CliResult r = cli("export", "-p", demo.toString(), cli.toString(), "--real-names");
            assertThat(r.err()).contains("warning: exporting real names: 1 pseudonyms are defined");
            assertThat(Files.readString(gui)).isEqualTo(Files.readString(cli)).contains("Марина");

            vm.realNamesProperty().set(false);
            vm.fileProperty().set(out.resolve("pseudonymized.csv"));
            vm.export();
            assertThat(vm.warningProperty().get()).isEmpty();
            assertThat(vm.summaryProperty().get()).contains("Pseudonymized: 1 pseudonyms in the list");
            assertThat(Files.readString(out.resolve("pseudonymized.csv"))).doesNotContain("Марина");
        } finally {
            project.pseudonyms().clear();
        }
    }

    @Test
    void theFileIsChosenWithTheFormatsExtensionAndShownInItsFolder() {
        assertThat(vm.fileProperty().get())
                .isEqualTo(demo.toAbsolutePath().resolve("exports").resolve("demo-segments.xlsx"));
        vm.formatProperty().set(ExportFormat.MARKDOWN);
        assertThat(vm.fileProperty().get().getFileName().toString()).isEqualTo("demo-codebook.md");
        dialogs.save(out.resolve("book.qdc")).save(out.resolve("quotes"));
        vm.chooseFile();
        assertThat(dialogs.last().initial()).isEqualTo("demo-codebook.md");
        assertThat(dialogs.last().options()).containsExactly("*.md");
        assertThat(vm.formatProperty().get()).isEqualTo(ExportFormat.QDC);
        vm.formatProperty().set(ExportFormat.XLSX);
        vm.chooseFile();
        assertThat(vm.fileProperty().get()).isEqualTo(out.resolve("quotes.xlsx"));
        vm.showInFolder();
        assertThat(shownFolders).isEmpty();
        vm.export();
        vm.showInFolder();
        assertThat(shownFolders).containsExactly(out.toAbsolutePath());
    }

    @Test
    void impossibleChoicesAreSaidAndNothingIsWritten() throws Exception {
        vm.fileProperty().set(out.resolve("x.xlsx"));
        vm.agreementProperty().set(true);
        vm.agreementCoders().setAll("anna");
        vm.export();
        assertThat(vm.messageProperty().get()).startsWith("Agreement sheets compare two or more coders");
        vm.agreementProperty().set(false);
        vm.queryProperty().set("\"unclosed");
        vm.export();
        assertThat(vm.messageProperty().get()).isEqualTo("Nothing was exported");
        assertThat(vm.summaryProperty().get()).isNotBlank().doesNotContain("Exception");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    /** Every sheet's cells as text, the export's time left out (it differs by a second or so). */
    private static Map<String, List<List<String>>> sheets(Path xlsx) throws IOException {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        DataFormatter f = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell c : row) {
                        cells.add(f.formatCellValue(c));
                    }
                    if (!cells.isEmpty() && cells.get(0).startsWith("exported at")) {
                        continue;
                    }
                    rows.add(cells);
                }
                out.put(sheet.getSheetName(), rows);
            }
        }
        return out;
    }

    /**
     * A zip's entries, their names and text with the export's time masked and every GUID numbered
     * in the order it first appears in project.qde (selections and notes get fresh GUIDs in each
     * export, and a note's text file is named after its GUID).
     */
    private static Map<String, String> entries(Path zip) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    texts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        Map<String, String> guids = new LinkedHashMap<>();
        Pattern guid = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
        java.util.function.UnaryOperator<String> canonical =
                t -> guid.matcher(t.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z?", "TIME"))
                        .replaceAll(m -> guids.computeIfAbsent(m.group(), g -> "GUID" + guids.size()));
        Map<String, String> out = new java.util.TreeMap<>();
        String qde = canonical.apply(texts.getOrDefault("project.qde", ""));
        texts.forEach((name, text) ->
                out.put(canonical.apply(name), name.equals("project.qde") ? qde : canonical.apply(text)));
        return out;
    }
}
