package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.job.Progress;
import org.caravanqda.io.refi.RefiFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code caravan pseudonyms} and the exports that apply the list, on the demo project. */
class PseudonymsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    String project;

    @BeforeEach
    void demo() {
        project = new DemoService(TestApp.app())
                .build(tmp.resolve("demo"), Progress.NONE)
                .project()
                .toString();
    }

    private Path csv(String name, String content) throws Exception {
        return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void importList() throws Exception {
        CliRun r = CliRun.of(
                "pseudonyms",
                "import",
                csv(
                                "list.csv",
                                "real_name,pseudonym,kind\nМарина,Зарина,respondent\n"
                                        + "Marina,Zarina,\nАнна К.,Лейла Н.,interviewer\n")
                        .toString(),
                "-p",
                project);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .isEqualTo("pseudonyms: 3 added, 0 updated, 3 in the list\n")
                .doesNotContain("Марина");
    }

    @Test
    void importListRemoveAndClear() throws Exception {
        importList();
        JsonNode list = JSON.readTree(CliRun.of("pseudonyms", "list", "-p", project, "--format", "json")
                .out());
        assertThat(list.get("rows")).hasSize(3);
        assertThat(list.get("rows").get(2).get("real_name").asString()).isEqualTo("Марина");
        assertThat(list.get("rows").get(2).get("kind").asString()).isEqualTo("respondent");
        assertThat(CliRun.of("pseudonyms", "list", "-p", project, "--format", "csv")
                        .out())
                .startsWith("real_name,pseudonym,kind,notes");
        // re-import updates by real name, whatever its letter case
        CliRun again = CliRun.of(
                "pseudonyms",
                "import",
                csv("again.csv", "pseudonym,real_name\nАйгуль,марина\n").toString(),
                "-p",
                project);
        assertThat(again.out()).isEqualTo("pseudonyms: 0 added, 1 updated, 3 in the list\n");
        CliRun rm = CliRun.of("pseudonyms", "remove", "MARINA", "-p", project);
        assertThat(rm.exit()).as(rm.err()).isZero();
        assertThat(rm.out()).isEqualTo("removed 1 pseudonym; 2 in the list\n");
        CliRun missing = CliRun.of("pseudonyms", "remove", "Marina", "-p", project);
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err())
                .startsWith("caravan: no such name in the pseudonym list")
                .doesNotContain("Marina");
        assertThat(CliRun.of("pseudonyms", "clear", "-p", project).out()).isEqualTo("removed 2 pseudonyms\n");
        assertThat(CliRun.of("pseudonyms", "list", "-p", project, "--format", "json")
                        .out())
                .contains("\"rows\" : [ ]");
    }

    @Test
    void aBadFileChangesNothingAndNamesNoName() throws Exception {
        importList();
        Map<String, String> bad = Map.of(
                "noheader.csv", "Марина,Зарина\n",
                "missing.csv", "real_name,notes\nМарина,x\n",
                "unknown.csv", "real_name,pseudonym,city\nСергей,Тимур,Astana\n",
                "dup.csv", "real_name,pseudonym\nСергей,Тимур\nсергей,Азамат\n",
                "empty-value.csv", "real_name,pseudonym\nСергей,\n",
                "empty.csv", "");
        for (var e : bad.entrySet()) {
            CliRun r = CliRun.of(
                    "pseudonyms", "import", csv(e.getKey(), e.getValue()).toString(), "-p", project);
            assertThat(r.exit()).as(e.getKey()).isEqualTo(1);
            assertThat(r.err().lines().count()).as(e.getKey()).isEqualTo(1);
            assertThat(r.err())
                    .as(e.getKey())
                    .startsWith("caravan: " + e.getKey())
                    .doesNotContain("Сергей", "сергей");
        }
        assertThat(JSON.readTree(CliRun.of("pseudonyms", "list", "-p", project, "--format", "json")
                                .out())
                        .get("rows"))
                .hasSize(3);
    }

    @Test
    void csvExportIsPseudonymizedWithOffsetsOnTheExportedText() throws Exception {
        importList();
        CliRun r = CliRun.of("export", "-p", project, "segments.csv", "--context", "5");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("pseudonymized: 3 pseudonyms in the list,");
        String csv = Files.readString(Path.of(project, "exports", "segments.csv"));
        assertThat(csv).doesNotContain("Марин", "marina", "Анна К.").contains("Зарин", "ru-01-almaty-zarina.txt");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .build()
                .parse(new java.io.StringReader(csv))
                .getRecords();
        assertThat(rows).extracting(x -> x.get("speaker")).contains("Зарина").doesNotContain("Марина");
        // the table command carries document names too
        assertThat(CliRun.of("table", "-p", project, "frequencies", "--format", "csv")
                        .out())
                .contains("zarina")
                .doesNotContain("marina");
        assertThat(CliRun.of("table", "-p", project, "frequencies", "--format", "csv", "--real-names")
                        .out())
                .contains("marina");
        // asked for real names: they are exported, with a warning
        CliRun real = CliRun.of("export", "-p", project, "real.csv", "--real-names");
        assertThat(real.exit()).isZero();
        assertThat(real.err()).contains("caravan: warning: exporting real names: 3 pseudonyms are defined");
        assertThat(Files.readString(Path.of(project, "exports", "real.csv"))).contains("Марина");
        // a table for one export adds to the project's list, and wins for the same name
        Path extra = csv("extra.csv", "real_name,pseudonym\nмарина,Гульнара\nСергей,Тимур\n");
        CliRun more = CliRun.of("export", "-p", project, "more.csv", "--pseudonyms", extra.toString());
        assertThat(more.err()).contains("pseudonymized: 4 pseudonyms in the list,");
        assertThat(Files.readString(Path.of(project, "exports", "more.csv")))
                .contains("Гульнара", "Тимур")
                .doesNotContain("Марин", "Сергей", "Зарина");
        CliRun both = CliRun.of("export", "-p", project, "both.csv", "--pseudonyms", extra.toString(), "--real-names");
        assertThat(both.exit()).isEqualTo(1);
        assertThat(both.err()).isEqualTo("caravan: use --pseudonyms or --real-names, not both\n");
        assertThat(Path.of(project, "exports", "both.csv")).doesNotExist();
    }

    @Test
    void qdpxSelectionsQuoteTheirPseudonymizedSource() throws Exception {
        importList();
        Path qdpx = tmp.resolve("p.qdpx");
        CliRun r = CliRun.of("export", "-p", project, qdpx.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(RefiFiles.qdpxSchemaErrors(qdpx)).isEmpty();
        int checked = 0;
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            Element root;
            try (InputStream in = zip.getInputStream(zip.getEntry("project.qde"))) {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                root = f.newDocumentBuilder().parse(in).getDocumentElement();
            }
            Map<String, String> texts = new HashMap<>();
            NodeList sources = root.getElementsByTagNameNS("*", "TextSource");
            for (int i = 0; i < sources.getLength(); i++) {
                Element s = (Element) sources.item(i);
                assertThat(s.getAttribute("name")).doesNotContain("marina");
                String path = s.getAttribute("plainTextPath").substring("internal://".length());
                ZipEntry e = zip.getEntry("sources/" + path);
                String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).doesNotContain("Марин", "Анна К.");
                NodeList sel = s.getElementsByTagNameNS("*", "PlainTextSelection");
                for (int k = 0; k < sel.getLength(); k++) {
                    Element x = (Element) sel.item(k);
                    int a = text.offsetByCodePoints(0, Integer.parseInt(x.getAttribute("startPosition")));
                    int b = text.offsetByCodePoints(0, Integer.parseInt(x.getAttribute("endPosition")));
                    String quoted = text.substring(a, b).replaceAll("\\s+", " ").strip();
                    String name = x.getAttribute("name");
                    String expected = name.endsWith("…") ? name.substring(0, name.length() - 1) : name;
                    assertThat(quoted).startsWith(expected);
                    checked++;
                }
                texts.put(s.getAttribute("name"), text);
            }
            assertThat(texts.get("ru-01-almaty-zarina.txt")).contains("Зарина:");
        }
        assertThat(checked).isEqualTo(90);
    }
}
