package org.caravanqda.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.caravanqda.UdText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** KStem made at the first token it could change gives every token KStem gives, on real text of each language. */
class LazyKStemFilterTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "en_ewt-ud-test.conllu",
                "en_gum-interviews.conllu",
                "ru_taiga-ud-test.conllu",
                "kk_ktb-ud-test.conllu",
                "ky_ktmu-ud-test.conllu",
                "uz_ut-ud-test.conllu"
            })
    void realTextGetsKStemsTokens(String file) throws IOException {
        String text = String.join("\n", UdText.sentences(file));

        List<String> kstem = tokens(text, KStemFilter::new);
        assertThat(kstem).hasSizeGreaterThan(5_000);
        assertThat(tokens(text, LazyKStemFilter::new)).isEqualTo(kstem);
    }

    @Test
    void mixedAndAccentedWordsAndKeywordsAsKStemLeavesThem() throws IOException {
        String text = "Relocated résumés naïvely café cafés communities уехали Алматыға o‘zbekistonliklar "
                + "covid-19 x2 running RUNNING ran was Ökonomie ﬁles organizations";

        List<String> kstem = tokens(text, KStemFilter::new);
        assertThat(kstem).contains("relocate", "community", "уехали", "résumés");
        assertThat(tokens(text, LazyKStemFilter::new)).isEqualTo(kstem);
        // a keyword (a form table's lemma) is not stemmed by either
        UnaryOperator<TokenStream> keywords =
                in -> new SetKeywordMarkerFilter(in, new CharArraySet(List.of("communities"), false));
        assertThat(tokens(text, in -> new LazyKStemFilter(keywords.apply(in))))
                .isEqualTo(tokens(text, in -> new KStemFilter(keywords.apply(in))))
                .contains("communities");
    }

    @Test
    void aStreamWithoutAsciiWordsStillEndsAndResets() throws IOException {
        assertThat(tokens("Мы уехали в Алматы", LazyKStemFilter::new)).containsExactly("мы", "уехали", "в", "алматы");
        assertThat(tokens("", LazyKStemFilter::new)).isEmpty();
    }

    /** The terms, from the second use of the stream: an analyzer reuses its streams, so both uses must agree. */
    private static List<String> tokens(String text, UnaryOperator<TokenStream> stemmer) throws IOException {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream ts = stemmer.apply(new LowerCaseFilter(tokenizer));
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (List<String> out : List.of(first, second)) {
            tokenizer.setReader(new StringReader(text));
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
            ts.close();
        }
        assertThat(second).as("the stream reused").isEqualTo(first);
        return second;
    }
}
