package org.caravanqda.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.caravanqda.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Measured on real sentences of the UD treebanks: passages of 10 sentences, as a short interview turn run. */
class LanguageGuessTest {
    @ParameterizedTest
    @CsvSource({
        "ru_gsd-ud-test.conllu,ru",
        "ru_taiga-ud-test.conllu,ru",
        "kk_ktb-ud-test.conllu,kk",
        "ky_ktmu-ud-test.conllu,ky",
        "ky_tuecl-ud-test.conllu,ky",
        "uz_ut-ud-test.conllu,uz",
        "uz_uzudt-ud-test.conllu,uz",
        "en_ewt-ud-test.conllu,en",
        "en_gum-interviews.conllu,en"
    })
    void passagesOfTenSentencesAreRecognised(String file, String language) throws IOException {
        List<String> sentences =
                Files.readAllLines(SharedData.file("corpus/ud/" + file), StandardCharsets.UTF_8).stream()
                        .filter(l -> l.matches("# text\\s*=.*"))
                        .map(l -> l.substring(l.indexOf('=') + 1).strip())
                        .toList();
        int passages = 0;
        int right = 0;
        for (int i = 0; i + 10 <= sentences.size(); i += 10) {
            String passage = String.join(" ", sentences.subList(i, i + 10));
            passages++;
            right += LanguageGuess.guess(passage, "??").equals(language) ? 1 : 0;
        }
        assertThat(passages).isGreaterThan(5);
        assertThat((double) right / passages)
                .as("%s: %d of %d passages", file, right, passages)
                .isGreaterThanOrEqualTo(0.9);
    }
}
