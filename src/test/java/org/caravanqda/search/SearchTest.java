package org.caravanqda.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.SearchHit;
import org.caravanqda.app.search.SearchHits;
import org.caravanqda.app.search.SearchScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over the demo project: fields, scopes, snippets, freshness, errors. */
class SearchTest {
    @TempDir
    static Path tmp;

    static Project p;

    @BeforeAll
    static void demo() {
        new DemoService(TestApp.app()).build(tmp.resolve("demo"), Progress.NONE);
        p = TestApp.app().open(tmp.resolve("demo"));
    }

    @AfterAll
    static void close() {
        p.close();
    }

    private static SearchHits find(String q, SearchScope scope) {
        return p.search().search(q, scope, 100, true);
    }

    @Test
    void segmentsByCodeIncludeDescendantsAndHitsCarryTheirExactText() {
        SearchHits all = find("code:\"Exit as voice\"", SearchScope.SEGMENTS);
        long direct = p.codings().codings(null, "Exit as voice", null).size();
        assertThat(all.total()).isEqualTo(direct).isGreaterThan(5);
        assertThat(all.hits()).allSatisfy(h -> assertThat(h.codes()).allMatch(c -> c.startsWith("Exit as voice")));
        assertThat(find("code:\"Silent protest\"", SearchScope.SEGMENTS).total())
                .isEqualTo(p.codings()
                        .codings(null, "Exit as voice/Silent protest", null)
                        .size());
        StoreAccess.of(p).read(s -> {
            for (SearchHit h : all.hits()) {
                String text = s.documents().byName(h.document()).orElseThrow().text();
                assertThat(h.text()).isEqualTo(text.substring(h.start(), h.end()));
            }
            return null;
        });
    }

    @Test
    void russianInflectedFormsAreFoundAndSnippetsMarkThem() {
        SearchHits r = find("уехать", SearchScope.UNITS);
        assertThat(r.total()).isGreaterThan(3);
        assertThat(r.hits()).anySatisfy(h -> assertThat(h.snippet()).containsPattern("\\*\\*[Уу]ех(ала|али|ал)\\*\\*"));
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.speaker()).isNotNull());
    }

    @Test
    void dictionaryLemmasReachSuppletiveFormsAndUzbekApostrophesFold() {
        assertThat(find("человек", SearchScope.UNITS).hits())
                .anySatisfy(h -> assertThat(h.snippet()).contains("**людьми**"));
        assertThat(find("идти", SearchScope.UNITS).hits())
                .anySatisfy(h -> assertThat(h.snippet()).contains("**идёт**"));
        long typed = find("o'zbekiston", SearchScope.UNITS).total();
        assertThat(typed)
                .isPositive()
                .isEqualTo(find("oʻzbekiston", SearchScope.UNITS).total())
                .isEqualTo(find("o‘zbekiston", SearchScope.UNITS).total());
        assertThat(find("exact:людьми", SearchScope.UNITS).total())
                .isLessThan(find("человек", SearchScope.UNITS).total());
    }

    @Test
    void unitsScopeFindsCooccurrenceOfTwoCodes() {
        SearchHits both = find("code:\"Exit as voice\" AND code:\"Departure\"", SearchScope.UNITS);
        assertThat(both.hits()).allSatisfy(h -> {
            assertThat(h.codes()).anyMatch(c -> c.startsWith("Exit as voice"));
            assertThat(h.codes()).anyMatch(c -> c.startsWith("Departure"));
        });
    }

    @Test
    void attributeRangesReadNumbersAndDates() {
        long young = find("attr.age:[* TO 30]", SearchScope.DOCUMENTS).total();
        long older = find("attr.age:{30 TO *]", SearchScope.DOCUMENTS).total();
        assertThat(young + older).isEqualTo(9);
        assertThat(young).isPositive();
        long autumn = find("attr.departure_date:[2022-09-21 TO 2022-12-31]", SearchScope.DOCUMENTS)
                .total();
        assertThat(autumn)
                .isEqualTo(find("attr.wave:autumn-2022", SearchScope.DOCUMENTS).total())
                .isPositive();
        assertThat(find("attr.destination:almaty", SearchScope.DOCUMENTS).hits())
                .allSatisfy(h -> assertThat(h.document()).contains("almaty"));
    }

    @Test
    void speakerAndDocumentFieldsNarrowTheSearch() {
        SearchHits r = find("speaker:Марина", SearchScope.UNITS);
        assertThat(r.hits())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.speaker()).isEqualTo("Марина"));
        assertThat(find("doc:en-01-bishkek-daniel AND text:Bishkek", SearchScope.UNITS)
                        .hits())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.document()).isEqualTo("en-01-bishkek-daniel.txt"));
    }

    @Test
    void aCodingMadeAMomentAgoIsFoundByTheNextQuery() {
        String quote = "Bishkek had two seats left on a flight the next evening";
        long before = find("coder:zoe", SearchScope.SEGMENTS).total();
        p.codings().code(new CodeRequest("en-01-bishkek-daniel", null, null, quote, null, "Departure", "zoe", null));
        SearchHits after = find("coder:zoe AND code:Departure", SearchScope.SEGMENTS);
        assertThat(after.total()).isEqualTo(before + 1);
        assertThat(after.hits()).extracting(SearchHit::text).contains(quote);
    }

    @Test
    void syntaxErrorsAndUnknownFieldsGetOneClearLine() {
        assertThatThrownBy(() -> find("text:(уехать OR", SearchScope.SEGMENTS))
                .isInstanceOf(CaravanException.class)
                .hasMessageStartingWith("query syntax:")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> find("colour:red", SearchScope.SEGMENTS))
                .hasMessageContaining("unknown field 'colour'")
                .hasMessageContaining("attr.NAME");
        assertThatThrownBy(() -> find("attr.height:[1 TO 2]", SearchScope.SEGMENTS))
                .hasMessageContaining("unknown attribute 'height'")
                .hasMessageContaining("age");
        assertThatThrownBy(() -> find("attr.age:[young TO old]", SearchScope.SEGMENTS))
                .hasMessageContaining("is a number attribute");
    }

    @Test
    void phrasesNeverMatchAcrossTwoTurns() throws Exception {
        Path f = tmp.resolve("turns.txt");
        Files.writeString(f, "И: Вы уехали весной?\n\nР: Осенью, после мобилизации.\n", StandardCharsets.UTF_8);
        p.imports()
                .importFiles(
                        List.of(f),
                        new org.caravanqda.app.imports.ImportOptions("ru", null, null),
                        Progress.NONE,
                        org.caravanqda.app.job.Cancellation.none());
        assertThat(find("\"весной осенью\"", SearchScope.DOCUMENTS).total()).isZero();
        assertThat(find("\"весной осенью\"~3", SearchScope.DOCUMENTS).total()).isZero();
        assertThat(find("\"весной осенью\"", SearchScope.UNITS).total()).isZero();
        assertThat(find("doc:turns AND \"после мобилизации\"", SearchScope.DOCUMENTS)
                        .total())
                .isEqualTo(1);
        assertThat(find("весной AND осенью", SearchScope.DOCUMENTS).hits())
                .extracting(SearchHit::document)
                .contains("turns.txt");
    }
}
