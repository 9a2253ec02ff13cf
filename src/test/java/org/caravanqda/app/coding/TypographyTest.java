package org.caravanqda.app.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import org.caravanqda.SharedData;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.model.Span;
import org.junit.jupiter.api.Test;

/** A typed quote finds the stored passage whatever its apostrophes, quotation marks, ё, dashes and spaces. */
class TypographyTest {
    @Test
    void typographicVariantsMatchAndOffsetsAddressTheStoredText() {
        String text = "Р: Ещё в марте — «точно» уехали,\r\nи\u00A0didn’t regret it.";
        Span s = QuoteFinder.find(text, "Еще в марте - \"точно\" уехали, и didn't", null, "d");
        assertThat(s.of(text)).isEqualTo("Ещё в марте — «точно» уехали,\r\nи\u00A0didn’t");
    }

    @Test
    void aQuoteNotFoundNamesTheNearestPassage() {
        String text = "MSM: Where were you born?\n\nSmith: In Leeds, in nineteen twenty-two, I think.";
        assertThatThrownBy(() -> QuoteFinder.find(text, "In Leeds in nineteen twenty two I believe", null, "d"))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("nearest passage")
                .hasMessageContaining("In Leeds, in nineteen twenty-two");
    }

    @Test
    void curlyApostrophesOfARealTranscriptMatchStraightOnes() throws Exception {
        String text = Files.readString(SharedData.file("corpus/en-transcripts/gum/GUM_interview_cocktail.txt"));
        int i = text.indexOf('’');
        assertThat(i).isPositive();
        int start = text.lastIndexOf(' ', i) + 1;
        int end = text.indexOf(' ', i);
        String typed = text.substring(start, end).replace('’', '\'');
        Span s = QuoteFinder.find(text, typed, 1, "cocktail");
        assertThat(s.of(text)).isEqualTo(text.substring(start, end));
    }
}
