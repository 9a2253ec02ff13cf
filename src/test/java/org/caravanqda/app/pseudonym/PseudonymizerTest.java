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

    @Test
    void aListSavedInDecomposedFormMatchesComposedTextAndTheReverse() {
        // macOS writes file names and some editors save text in NFD: й = и + U+0306, ё = е + U+0308
        String nfd = java.text.Normalizer.normalize("Алексей,Семён,Айбек,Айгерим", java.text.Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Алексей,Семён,Айбек,Айгерим");
        String[] real = nfd.split(",");
        Pseudonymizer pz = of(RU, real[0], "Тимур", real[1], "Руслан", real[2], "Нурлан", real[3], "Дана");
        assertThat(pz.apply("Алексей и Семён говорили с Айбеком об Айгерим; Семёну, Алексею."))
                .isEqualTo("Тимур и Руслан говорили с Нурланом об Дана; Руслану, Тимуру.");
        // the reverse: a composed list, a decomposed document name or text
        Pseudonymizer composed = of(RU, "Алексей", "Тимур", "Семён", "Руслан");
        assertThat(composed.apply(
                        java.text.Normalizer.normalize("интервью-Алексей-Семёну.txt", java.text.Normalizer.Form.NFD)))
                .isEqualTo("интервью-Тимур-Руслану.txt");
    }

    @Test
    void aListedSurnameIsReplacedInItsFeminineAndPluralFormsInTheMatchingForm() {
        Pseudonymizer pz = of(RU, "Смирнов", "Кузнецов", "Иванов", "Петров");
        assertThat(pz.apply("Смирнов уехал, Смирнова осталась. У Смирновой двое детей. Смирновы живут в Алматы;"
                        + " у Смирновых дом, к Смирновым ходят, со Смирновыми дружат. Ивановой не было, Ивановы тоже."))
                .isEqualTo(
                        "Кузнецов уехал, Кузнецова осталась. У Кузнецовой двое детей. Кузнецовы живут в Алматы;"
                                + " у Кузнецовых дом, к Кузнецовым ходят, со Кузнецовыми дружат. Петровой не было, Петровы тоже.");
        // listed in the feminine: the masculine and the plural go too
        assertThat(of(RU, "Смирнова", "Кузнецова").apply("Смирнов и Смирнова, Смирновым, Смирновыми"))
                .isEqualTo("Кузнецов и Кузнецова, Кузнецовым, Кузнецовыми");
        // a first name listed alone still leaves the surname made from it
        assertThat(of(RU, "Иван", "Пётр").apply("Иванова и Иванов")).isEqualTo("Иванова и Иванов");
    }

    @Test
    void surnamesTheDictionaryDoesNotKnowDeclineByTheirEnding() {
        // Uzbek surnames with Russian suffixes, as in the Samarkand guide of the test corpus
        Pseudonymizer pz = of(RU, "Тешакулов", "Юсупов", "Бердиев", "Каримов");
        assertThat(pz.apply("Тешакулова приняла нас; у Тешакуловой, с Тешакуловым, Тешакуловых; Бердиевым, Бердиевых"))
                .isEqualTo("Юсупова приняла нас; у Юсуповой, с Юсуповым, Юсуповых; Каримовым, Каримовых");
        assertThat(of(RU, "Азиза Тешакулова", "Дана Юсупова").apply("у Азизы Тешакуловой"))
                .isEqualTo("у Даны Юсуповой");
        // a woman keeps a surname that does not decline for women as written
        assertThat(of(RU, "Смирнова", "Ким").apply("у Смирновой")).isEqualTo("у Ким");
    }

    @Test
    void surnamesInARealGuideLeaveNoFormBehind() throws Exception {
        java.nio.file.Path guide =
                org.caravanqda.SharedData.file("corpus/ru-relocation/samarkand-guide/services/medicine.md");
        String text = java.nio.file.Files.readString(guide);
        assertThat(text).contains("Кахимова Гульнара", "Тешакулова", "Бердиева");
        Pseudonymizer pz = of(RU, "Кахимов", "Юсупов", "Тешакулов", "Рахимов", "Бердиев", "Каримов");
        String out = pz.apply(
                text + "\nМы ходили к Кахимовой, потом к Тешакуловым; Бердиевы уехали, с Кахимовым не знакомы.");
        assertThat(out)
                .doesNotContainPattern("(?iU)\\b(кахимов|тешакулов|бердиев)")
                .contains("Юсупова Гульнара", "к Юсуповой", "к Рахимовым", "Каримовы уехали", "с Юсуповым");
    }

    @Test
    void aFirstNameThatIsASurnameTooDeclinesAsTheFirstName() {
        // the dictionary knows Марина as a surname as well (Марин, Мариных): listed alone, it is the woman
        assertThat(of(RU, "Иван", "Марина").apply("Ивану, с Иваном")).isEqualTo("Марине, с Мариной");
        assertThat(of(RU, "Марина", "Зарина").apply("Марин, Мариных; Марине")).isEqualTo("Марин, Мариных; Зарине");
    }
}
