package org.caravanqda.app.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caravanqda.app.port.NameForms;
import org.caravanqda.model.Pseudonym;
import org.caravanqda.search.analysis.RussianNameForms;
import org.junit.jupiter.api.Test;

/** The text rewriting: whole words, longest name first, letter case, Russian cases, offsets. */
class PseudonymizerTest {
    private static final NameForms RU = new RussianNameForms();

    private static Pseudonymizer of(NameForms forms, String... pairs) {
        List<Pseudonym> list = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(Pseudonym.of(pairs[i], pairs[i + 1]));
        }
        return new Pseudonymizer(list, forms);
    }

    @Test
    void declinesAMasculineNameIntoTheSameCase() {
        Pseudonymizer pz = of(RU, "Иван", "Пётр");
        assertThat(pz.apply("Иван пришёл. Нет Ивана. Дай Ивану. Вижу Ивана. С Иваном. Об Иване."))
                .isEqualTo("Пётр пришёл. Нет Петра. Дай Петру. Вижу Петра. С Петром. Об Петре.");
    }

    @Test
    void declinesAFeminineNameAndKeepsTheUsualInstrumental() {
        Pseudonymizer pz = of(RU, "Анна", "Мария");
        assertThat(pz.apply("Анна, Анны, Анне, Анну, Анной, Анною"))
                .isEqualTo("Мария, Марии, Марии, Марию, Марией, Марией");
    }

    @Test
    void aPrepositionChoosesAmongTheCasesOfOneForm() {
        // Илье is dative and prepositional; Тимур differs there (Тимуру, Тимуре)
        assertThat(of(RU, "Илья", "Тимур").apply("Дали Илье книгу, говорили об Илье, пошли к Илье"))
                .isEqualTo("Дали Тимуру книгу, говорили об Тимуре, пошли к Тимуру");
        // Ивана is genitive and accusative; a feminine pseudonym differs there (Анны, Анну)
        assertThat(of(RU, "Иван", "Анна").apply("у Ивана, про Ивана, с Иваном, Ивану"))
                .isEqualTo("у Анны, про Анну, с Анной, Анне");
    }

    @Test
    void wholeWordsOnlyAndLongestNameFirst() {
        Pseudonymizer pz = of(RU, "Иван", "Пётр", "Анна", "Лена", "Анна Петровна", "Ольга Сергеевна");
        assertThat(pz.apply("Иванов и Иванова не Иван; Анна Петровна, а не Анна; с Анной Петровной"))
                .isEqualTo("Иванов и Иванова не Пётр; Ольга Сергеевна, а не Лена; с Ольгой Сергеевной");
    }

    @Test
    void followsTheLetterCaseOfTheText() {
        Pseudonymizer pz = of(RU, "Иван", "Пётр");
        assertThat(pz.apply("ИВАН, ИВАНУ, иван, ивану, Иван")).isEqualTo("ПЁТР, ПЕТРУ, пётр, петру, Пётр");
    }

    @Test
    void writesNoЁWhereThePseudonymHasNone() {
        assertThat(of(RU, "Иван", "Петр").apply("Иваном")).isEqualTo("Петром");
        assertThat(of(RU, "Пётр", "Иван").apply("Петр и Пётр, Петра")).isEqualTo("Иван и Иван, Ивана");
    }

    @Test
    void namesUnknownToTheDictionaryFollowTheTwoEndingRules() {
        // Айбек is not in the AOT dictionary: masculine consonant pattern; Дилноза (Uzbek spelling): the -а pattern
        assertThat(of(RU, "Айбек", "Нурлан").apply("у Айбека, к Айбеку, с Айбеком"))
                .isEqualTo("у Нурлана, к Нурлану, с Нурланом");
        assertThat(of(RU, "Дилноза", "Гулноза").apply("у Дилнозы, к Дилнозе, с Дилнозой"))
                .isEqualTo("у Гулнозы, к Гулнозе, с Гулнозой");
        // a feminine name in a consonant does not decline: Анны -> Айгерим in every case
        assertThat(of(RU, "Анна", "Айгерим").apply("у Анны, с Анной")).isEqualTo("у Айгерим, с Айгерим");
    }

    @Test
    void latinAndHyphenatedNamesAsWritten() {
        Pseudonymizer pz = of(RU, "Dilnoza", "Malika", "Анна-Мария", "Ева");
        assertThat(pz.apply("Dilnoza's sister, DILNOZA; Анна-Мария, Ивана-то"))
                .isEqualTo("Malika's sister, MALIKA; Ева, Ивана-то");
    }

    @Test
    void offsetsFollowTheReplacements() {
        Pseudonymizer pz = of(RU, "Анна Петровна", "Мария");
        String text = "Вчера Анна Петровна сказала: уехали.";
        Pseudonymizer.Rewritten r = pz.rewrite(text);
        assertThat(r.text()).isEqualTo("Вчера Мария сказала: уехали.");
        assertThat(r.replacements()).isEqualTo(1);
        int s = text.indexOf("сказала");
        assertThat(r.text().substring(r.offsets().start(s), r.offsets().end(s + 7)))
                .isEqualTo("сказала");
        // a span cutting the name keeps the whole pseudonym, never a piece of the real name
        int inside = text.indexOf("Петровна") + 2;
        assertThat(r.text().substring(r.offsets().start(inside), r.offsets().end(text.length())))
                .startsWith("Мария");
        assertThat(r.text().substring(0, r.offsets().end(inside))).isEqualTo("Вчера Мария");
        assertThat(r.offsets().start(0)).isZero();
    }

    @Test
    void anEmptyListChangesNothing() {
        Pseudonymizer pz = of(RU);
        assertThat(pz.isEmpty()).isTrue();
        assertThat(pz.rewrite("Иван").text()).isEqualTo("Иван");
    }
}
