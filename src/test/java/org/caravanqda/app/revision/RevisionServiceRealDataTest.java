package org.caravanqda.app.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.SharedData;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.ReadOptions;
import org.caravanqda.app.search.SearchScope;
import org.caravanqda.model.TextUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Russian interview (../shared/corpus; skipped when absent): every other turn coded, a word
 * inserted at the start of each uncoded turn; every coding keeps exactly its text, the search index
 * finds the new word, and a revert takes it out again.
 */
class RevisionServiceRealDataTest {
    @TempDir
    Path tmp;

    @Test
    void aCorrectedRealInterviewKeepsEveryCodingAndTheIndexFollows() throws Exception {
        Path interview = SharedData.file("corpus/ru-relocation/reactor-relocation/qazaqstan.md");
        Path dir = tmp.resolve("demo");
        new DemoService(TestApp.app()).build(dir, Progress.NONE);
        try (Project p = TestApp.app().open(dir)) {
            String code = p.codings().codings(null, null, null).get(0).code();
            p.imports()
                    .importFiles(
                            List.of(interview),
                            new ImportOptions(null, null, "anna", ReadOptions.DETECT),
                            Progress.NONE,
                            Cancellation.none());
            String doc = "qazaqstan.md";
            String text = p.documents().transcript(doc).text();
            List<TextUnit> units = p.documents().transcript(doc).units();
            assertThat(units.size()).isGreaterThan(4);
            StringBuilder corrected = new StringBuilder();
            int at = 0;
            for (int i = 0; i < units.size(); i++) {
                TextUnit u = units.get(i);
                if (i % 2 == 0) {
                    p.codings().code(new CodeRequest(doc, u.start(), u.end(), null, null, code, "anna", null));
                } else {
                    corrected.append(text, at, u.start()).append("КВЯКЗЮЗЯБР ");
                    at = u.start();
                }
            }
            corrected.append(text.substring(at));
            Map<Long, String> before = new HashMap<>();
            for (CodingView c : p.codings().codings(doc, null, null)) {
                before.put(c.id(), c.text());
            }
            Path file = Files.writeString(tmp.resolve("qazaqstan-checked.txt"), corrected, StandardCharsets.UTF_8);

            RevisionReport r = p.revisions().replace(doc, file, ReadOptions.DETECT, false, "anna");
            assertThat(r.kept()).isEqualTo(before.size());
            assertThat(r.adjusted()).isEmpty();
            assertThat(r.orphaned()).isEmpty();
            for (CodingView c : p.codings().codings(doc, null, null)) {
                assertThat(c.text()).isEqualTo(before.get(c.id()));
            }
            assertThat(p.search()
                            .search("КВЯКЗЮЗЯБР", SearchScope.DOCUMENTS, 10, false)
                            .total())
                    .isEqualTo(1);

            p.revisions().revert(doc, null, false, "anna");
            assertThat(p.documents().transcript(doc).text()).isEqualTo(text);
            assertThat(p.search()
                            .search("КВЯКЗЮЗЯБР", SearchScope.DOCUMENTS, 10, false)
                            .total())
                    .isZero();
        }
    }
}
