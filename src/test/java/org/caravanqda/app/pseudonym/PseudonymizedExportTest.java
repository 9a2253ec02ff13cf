package org.caravanqda.app.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.export.ExportRequest;
import org.caravanqda.app.export.ExportSummary;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Excel export with a pseudonym list: no real name in any cell, offsets on the exported text, About says so. */
class PseudonymizedExportTest {
    private static final String TEXT = "Интервьюер: Как вы познакомились с Иваном?\r\n\r\n"
            + "Ольга: С Иваном Петровичем мы работали вместе. Потом Ивана арестовали, и я уехала к Анне в Алматы.\r\n"
            + "Ольга: Иванов тут ни при чём. 🙂 Пишу Ивану редко.\r\n";

    @TempDir
    Path tmp;

    @Test
    void workbookCarriesPseudonymsAndItsOffsetsQuoteTheRewrittenText() throws Exception {
        try (Project p = TestApp.newProject(tmp)) {
            Path file = Files.writeString(tmp.resolve("ольга-интервью.txt"), TEXT, StandardCharsets.UTF_8);
            Path attrs = Files.writeString(tmp.resolve("a.csv"), "document,contact\nольга-интервью.txt,Анна\n");
            p.imports()
                    .importFiles(
                            List.of(file), new ImportOptions("ru", attrs, "anna"), Progress.NONE, Cancellation.none());
            code(p, "С Иваном Петровичем мы работали вместе.", null, null);
            code(p, "Потом Ивана арестовали", null, null);
            int cut = TEXT.indexOf("Анне") + 2; // a coding that starts inside a name
            code(p, null, cut, TEXT.indexOf(" в Алматы") + 9);
            code(p, "Иванов тут ни при чём. 🙂 Пишу Ивану редко.", null, null);
            Path list = Files.writeString(
                    tmp.resolve("list.csv"),
                    "real_name,pseudonym\nИван,Тимур\nИван Петрович," + "Тимур Ахмедович\nАнна,Мария\nОльга,Дина\n",
                    StandardCharsets.UTF_8);
            p.pseudonyms().importCsv(list);

            ExportSummary s = p.exports()
                    .export(
                            new ExportRequest(tmp.resolve("out.xlsx"), null, 3, false),
                            Progress.NONE,
                            Cancellation.none());
            assertThat(s.pseudonyms().applied()).isTrue();
            assertThat(s.pseudonyms().listed()).isEqualTo(4);
            String rewritten = p.pseudonyms().pseudonymizer().apply(TEXT);
            assertThat(rewritten)
                    .contains(
                            "с Тимуром?",
                            "С Тимуром Ахмедовичем",
                            "Потом Тимура",
                            "к Марии",
                            "Иванов тут",
                            "Пишу Тимуру",
                            "Дина:");
            try (XSSFWorkbook wb = new XSSFWorkbook(s.file().toFile())) {
                DataFormatter f = new DataFormatter();
                List<String> cells = new ArrayList<>();
                wb.forEach(sheet -> sheet.forEach(row -> row.forEach(c -> cells.add(f.formatCellValue(c)))));
                assertThat(String.join("\n", cells))
                        .doesNotContain("Иван ", "Иваном", "Ивана ", "Ивану", "Анн", "Ольг", "ольг")
                        .contains("дина-интервью.txt", "Тимур");
                Map<String, String> about = new HashMap<>();
                wb.getSheet("About")
                        .forEach(r -> about.put(f.formatCellValue(r.getCell(0)), f.formatCellValue(r.getCell(1))));
                assertThat(about.get("pseudonymized"))
                        .startsWith("yes: 4 pseudonyms in the list, ")
                        .endsWith("names replaced");
                Sheet seg = wb.getSheet("Segments");
                Map<String, Integer> col = new HashMap<>();
                seg.getRow(0).forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
                int rows = 0;
                for (Row r : seg) {
                    if (r.getRowNum() == 0) {
                        continue;
                    }
                    int a = (int) r.getCell(col.get("start")).getNumericCellValue();
                    int b = (int) r.getCell(col.get("end")).getNumericCellValue();
                    assertThat(text(r.getCell(col.get("coded text")))).isEqualTo(rewritten.substring(a, b));
                    assertThat(text(r.getCell(col.get("contact")))).isEqualTo("Мария");
                    assertThat(text(r.getCell(col.get("speaker")))).isEqualTo("Дина");
                    rows++;
                }
                assertThat(rows).isEqualTo(4);
            }
            ExportSummary real = p.exports()
                    .export(
                            new ExportRequest(
                                    tmp.resolve("real.xlsx"),
                                    null,
                                    0,
                                    false,
                                    null,
                                    org.caravanqda.app.pseudonym.PseudonymChoice.REAL_NAMES),
                            Progress.NONE,
                            Cancellation.none());
            assertThat(real.pseudonyms().applied()).isFalse();
            assertThat(real.pseudonyms().describe()).startsWith("NO: real names exported on request");
        }
    }

    private static String text(Cell c) {
        return c == null ? null : c.getStringCellValue();
    }

    private static void code(Project p, String quote, Integer start, Integer end) {
        p.codings()
                .code(new CodeRequest(
                        "ольга-интервью.txt",
                        start,
                        end,
                        quote,
                        quote == null ? null : 1,
                        "Exit as voice",
                        "anna",
                        null));
    }
}
