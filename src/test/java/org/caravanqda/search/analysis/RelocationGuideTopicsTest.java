package org.caravanqda.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.caravanqda.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Topic words of the real Russian relocation guides (../shared/corpus/ru-relocation, NOTES.md section 3): every
 * inflected form that occurs there is found by a query for the dictionary form, and the precision trap визита is not.
 */
class RelocationGuideTopicsTest {
    private static LanguageAnalyzers analyzers;
    private static Set<String> termsOfTheGuides;
    private static String guides;

    @BeforeAll
    static void read() throws IOException {
        analyzers = new LanguageAnalyzers();
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SharedData.file("corpus/ru-relocation"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
            }
        }
        guides = all.toString();
        termsOfTheGuides = new HashSet<>();
        for (String t : Terms.of(analyzers.forLanguage("ru"), guides)) {
            termsOfTheGuides.addAll(List.of(t.split("\\|")));
        }
    }

    @AfterAll
    static void close() {
        analyzers.close();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "релокант; релокант релокантов релоканта релоканты релокантам релокантами",
                "регистрация; регистрация регистрации регистрацию регистрацией",
                "квартира; квартира квартиры квартире квартиру квартирой квартирах",
                "карта; карта карты карте карту картой картах карт",
                "паспорт; паспорт паспорта паспортом",
                "прописка; прописка прописки пропиской",
                "виза; виза визы",
                "Узбекистан; Узбекистан Узбекистана Узбекистане Узбекистаном Узбекистану"
            })
    void everyFormInTheGuidesIsFoundByItsDictionaryForm(String query, String forms) {
        Analyzer ru = analyzers.forLanguage("ru");
        Set<String> queryTerms = Terms.ofWord(ru, query);
        for (String form : forms.split(" ")) {
            assertThat(guides.toLowerCase(Locale.ROOT))
                    .as("the guides contain " + form)
                    .contains(form.toLowerCase(Locale.ROOT));
            assertThat(Terms.ofWord(ru, form)).as(form).containsAnyElementsOf(queryTerms);
        }
    }

    @Test
    void visitIsNotAVisa() {
        Analyzer ru = analyzers.forLanguage("ru");
        assertThat(guides).contains("визита");
        assertThat(Terms.ofWord(ru, "визита")).doesNotContainAnyElementsOf(Terms.ofWord(ru, "виза"));
    }

    @Test
    void uzbekServiceNamesInRussianTextStaySearchable() {
        assertThat(termsOfTheGuides).contains("soliq", "imzo", "uzum", "pinfl");
    }
}
