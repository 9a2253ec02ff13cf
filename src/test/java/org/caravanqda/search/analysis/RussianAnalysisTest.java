package org.caravanqda.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Russian: dictionary lemmas reach suppletion, no word a coder searches for is dropped, new words still conflate. */
class RussianAnalysisTest {
    private static LanguageAnalyzers analyzers;
    private static Analyzer ru;

    @BeforeAll
    static void open() {
        analyzers = new LanguageAnalyzers();
        ru = analyzers.forLanguage("ru");
    }

    @AfterAll
    static void close() {
        analyzers.close();
    }

    @ParameterizedTest
    @CsvSource({"людей,человек", "люди,человек", "лет,год", "шли,идти", "нас,мы", "лучше,хороший", "его,он", "ещё,еще"})
    void suppletiveFormsShareATermWithTheirLemma(String form, String lemma) {
        assertThat(Terms.ofWord(ru, form)).containsAnyElementsOf(Terms.ofWord(ru, lemma));
    }

    @ParameterizedTest
    @ValueSource(strings = {"человек", "нельзя", "никогда", "не", "и", "все", "надо", "тут", "уже"})
    void noWordIsRemoved(String word) {
        assertThat(Terms.of(ru, "мы " + word + " там")).hasSize(3);
        assertThat(Terms.of(analyzers.exact(), word)).hasSize(1);
    }

    @Test
    void relocationFormsUnknownToTheDictionaryShareAStem() {
        Set<String> stem = Terms.ofWord(ru, "релокант");
        for (String f :
                new String[] {"релокантов", "релоканта", "релокантам", "релоканты", "релокантами", "Релокантов"}) {
            assertThat(Terms.ofWord(ru, f)).as(f).isEqualTo(stem);
        }
    }

    @Test
    void homographsStackAllTheirLemmasAtOnePosition() {
        assertThat(Terms.of(ru, "стали")).containsExactly("сталь|стать");
        assertThat(Terms.of(ru, "квартиру снять")).containsExactly("квартира", "снять");
    }

    @Test
    void latinWordsInRussianTextStayUsableAndUrlsStayWhole() {
        assertThat(Terms.of(ru, "Подаём в soliq.uz через PINFL и Uzum"))
                .containsExactly("подавать", "в", "soliq.uz", "через", "pinfl", "и", "uzum");
        assertThat(Terms.of(ru, "канал https://t.me/relocation_uz/123 пишет"))
                .containsExactly("канал", "https://t.me/relocation_uz/123", "писать");
    }
}
