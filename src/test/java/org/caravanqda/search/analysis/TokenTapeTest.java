package org.caravanqda.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The language fields record exactly the tokens the exact field's own analysis makes, where they can. */
class TokenTapeTest {
    /** Folding, apostrophes, a URL, a stress mark, a soft hyphen, a long run of letters, Latin in Cyrillic text. */
    static final String SAMPLE = "Ёжик в тума\u0301не — https://t.me/relocation_kz, o‘zbek didn’t до\u00ADма "
            + "а".repeat(300) + " Tashkent'te 2022-м году: «уехали» ";

    private static final LanguageAnalyzers analyzers = new LanguageAnalyzers();

    @Test
    void russianKazakhKyrgyzAndOtherLanguagesRecordEnglishAndUzbekDoNot() {
        for (String lang : List.of("ru", "kk", "ky", "und")) {
            assertThat(recorded(lang, SAMPLE).complete()).as(lang).isTrue();
        }
        // English keeps ' for its possessive step and Uzbek maps characters first: exact is analysed on its own
        for (String lang : List.of("en", "uz")) {
            assertThat(recorded(lang, SAMPLE).complete()).as(lang).isFalse();
        }
    }

    @Test
    void thePlaybackIsTheExactAnalysisOfTheSample() {
        for (String lang : List.of("ru", "kk", "ky", "und")) {
            assertThat(tokens(new TapeReplay().play(recorded(lang, SAMPLE))))
                    .as(lang)
                    .isEqualTo(tokens(analyzers.exact().tokenStream("exact", SAMPLE)))
                    .hasSizeGreaterThan(10);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = UdCorpora.class,
            names = {"RU", "KK", "KY"})
    void thePlaybackIsTheExactAnalysisOfRealSentences(UdCorpora corpus) {
        List<String> sentences = UdTreebank.sentences(corpus.test);
        assertThat(sentences).hasSizeGreaterThan(100);
        // one tape for every value, as an indexing thread's streams are reused
        TokenTape tape = new TokenTape();
        Analyzer text = analyzers.forLanguage(corpus.lang);
        for (String s : sentences) {
            TokenStream stream = text.tokenStream("text", s);
            tape.recordWith(stream);
            consume(stream);
            assertThat(tokens(new TapeReplay().play(tape)))
                    .as(s)
                    .isEqualTo(tokens(analyzers.exact().tokenStream("exact", s)));
        }
    }

    @Test
    void aRecordingCutShortIsNeverPlayed() throws IOException {
        TokenTape tape = new TokenTape();
        try (TokenStream stream = analyzers.forLanguage("ru").tokenStream("text", SAMPLE)) {
            tape.recordWith(stream);
            stream.reset();
            stream.incrementToken();
        }
        assertThat(tape.complete()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TapeReplay().play(tape))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTapeWhoseStorageTheNextValueReusedIsNoLongerPlayed() {
        // one thread's stream records every value onto the same reel: only the last recording is still on it
        TokenTape first = recorded("ru", "Мы уехали в Алматы.");
        TokenTape second = recorded("ru", SAMPLE);
        assertThat(first.complete()).as("overwritten by the next value").isFalse();
        assertThat(second.complete()).isTrue();
        assertThat(tokens(new TapeReplay().play(second)))
                .isEqualTo(tokens(analyzers.exact().tokenStream("exact", SAMPLE)));
    }

    private static TokenTape recorded(String lang, String value) {
        TokenTape tape = new TokenTape();
        TokenStream stream = analyzers.forLanguage(lang).tokenStream("text", value);
        tape.recordWith(stream);
        consume(stream);
        return tape;
    }

    private static void consume(TokenStream stream) {
        try (stream) {
            stream.reset();
            while (stream.incrementToken()) {
                // the recorder sees each token on its way to the language step
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** term, position increment and offsets of every token, then the end's. */
    private static List<String> tokens(TokenStream stream) {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "/" + inc.getPositionIncrement() + "/" + offset.startOffset() + "-"
                        + offset.endOffset());
            }
            stream.end();
            out.add("end/" + inc.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
