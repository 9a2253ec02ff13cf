package org.caravanqda.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.caravanqda.TestApp;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.app.documents.DocumentListing;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoServiceTest {
    @TempDir
    Path tmp;

    @Test
    void buildsACodedBilingualProjectWithAttributes() {
        Caravan app = TestApp.app();
        List<String> messages = new java.util.ArrayList<>();
        DemoService.DemoReport r =
                new DemoService(app).build(tmp.resolve("demo"), (message, done, total) -> messages.add(message));
        // the last line a window or terminal shows is the outcome, not the example export's last file
        assertThat(messages).last().isEqualTo("the demo project is ready");
        assertThat(messages).noneMatch(m -> m.startsWith("exported"));
        assertThat(r.imported().documents()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(r.coders()).containsExactly("anna", "timur");
        try (Project p = app.open(tmp.resolve("demo"))) {
            List<DocumentListing> docs = p.documents().list();
            assertThat(docs).extracting(DocumentListing::language).contains("ru", "en");
            assertThat(docs).allSatisfy(d -> {
                assertThat(d.speakers()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(d.codings()).isPositive();
                assertThat(d.attributes()).containsKeys("destination", "wave", "age");
                assertThat(d.attributes().get("age")).isInstanceOf(Double.class);
                assertThat(d.attributes().get("departure_date")).isInstanceOf(java.time.LocalDate.class);
            });
            Set<Object> cities =
                    docs.stream().map(d -> d.attributes().get("destination")).collect(Collectors.toSet());
            assertThat(cities).contains("Almaty", "Bishkek", "Tashkent", "Astana", "Samarkand");
            // no interviewer cover block became a speaker
            assertThat(docs).flatExtracting(DocumentListing::speakers).doesNotContain("Дата", "Место", "Комментарий");

            List<CodingView> codings = p.codings().codings(null, null, null);
            assertThat(codings).hasSize(r.codings());
            StoreAccess.of(p).read(s -> {
                for (CodingView c : codings) {
                    String text =
                            s.documents().byName(c.document()).orElseThrow().text();
                    assertThat(c.text()).isEqualTo(text.substring(c.start(), c.end()));
                }
                return null;
            });
            Set<String> topLevel =
                    codings.stream().map(c -> c.code().split("/")[0]).collect(Collectors.toSet());
            assertThat(topLevel).contains("Exit as voice", "Economic push", "Political neutrality");
            assertThat(p.codings().codings(null, "Exit as voice", "anna"))
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.code()).startsWith("Exit as voice"));
        }
    }

    @Test
    void refusesAFolderThatIsAlreadyAProject() {
        Caravan app = TestApp.app();
        app.create(tmp.resolve("p"), "p", "ru", null, true).close();
        assertThatThrownBy(() -> new DemoService(app).build(tmp.resolve("p"), Progress.NONE))
                .hasMessageContaining("already holds a project");
    }
}
