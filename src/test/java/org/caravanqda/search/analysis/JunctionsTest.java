package org.caravanqda.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a Kazakh or Kyrgyz suffix can meet its stem, and the lexicon that stops a word's suffix chain. */
class JunctionsTest {
    private static boolean fits(Junctions j, String stem, String suffix) {
        char[] word = (stem + suffix).toCharArray();
        return j.fits(word, stem.length(), suffix.length());
    }

    @ParameterizedTest(name = "{0}: {1}-{2} fits {3}")
    @CsvSource({
        "ky,кара,да,true", // locative after a vowel
        "ky,кара,та,false", // карата is not кара-та
        "ky,китеп,тер,true", // plural after a voiceless consonant
        "ky,китеп,дер,false",
        "ky,китеп,лер,false",
        "ky,бала,лар,true",
        "ky,үй,лар,false", // harmony: front stem, back suffix
        "ky,үй,лөр,true",
        "ky,кел,ди,true",
        "ky,жаса,п,true", // the converb -п does not alternate
        "ky,азыр,кы,true", // nor the relational -кы
        "kk,кітап,тар,true",
        "kk,кітап,дар,false",
        "kk,үй,лер,true",
        "kk,үй,лар,false",
        "kk,қара,та,false",
        "kk,жаса,п,true",
        "kk,жаса,т,true", // causative after a vowel
    })
    void suffixesMeetOnlyTheStemsTheyCanFollow(String lang, String stem, String suffix, boolean expected) {
        Junctions j = lang.equals("kk") ? Junctions.kazakh() : Junctions.kyrgyz();
        assertThat(fits(j, stem, suffix)).as(stem + "-" + suffix).isEqualTo(expected);
    }

    @ParameterizedTest(name = "no rules: {0}-{1} fits")
    @CsvSource({"кара,та", "китеп,дер", "үй,лар"})
    void withoutRulesEverySuffixFits(String stem, String suffix) {
        assertThat(fits(Junctions.NONE, stem, suffix)).isTrue();
    }

    @ParameterizedTest(name = "{0}: the chain of {1} stops at {2}, never reaching {3}")
    @CsvSource({"kk,қарата,қарат,қара", "kk,жасалған,жасал,жаса", "ky,берилди,берил,бер"})
    void aKnownStemStopsTheChain(String lang, String word, String known, String notReached) {
        SuffixStripper s = TurkicStemming.stripper(lang);
        assertThat(s.stems(word.toCharArray(), word.length())).contains(known).doesNotContain(notReached);
    }

    @ParameterizedTest(name = "the chain of {0} reaches {1} without a lexicon")
    @CsvSource({"жасады,жаса", "кітаптарда,кітап"})
    void aWordWithoutKnownStemsKeepsItsWholeChain(String word, String stem) {
        SuffixStripper s = new SuffixStripper(
                        SuffixStripper.readSuffixes("kk-suffixes.txt", 1), 2, "аәеёиоөуұүыіэюя", true, 7)
                .withJunctions(Junctions.kazakh())
                .withLexicon(Set.of(), false);
        assertThat(s.stems(word.toCharArray(), word.length())).contains(stem);
    }
}
