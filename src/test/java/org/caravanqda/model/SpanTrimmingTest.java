package org.caravanqda.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanTrimmingTest {
    /** Windows line ends, a tab, Russian text and emoji (surrogate pairs) at both ends of a turn. */
    private static final String TEXT = "Интервьюер:\r\n\t  🙂 Мы уехали в Алматы 🇰🇿 \r\n\r\n   \r\nКонец";

    @Test
    void dropsSpacesTabsAndCrlfAtBothEndsButNotEmoji() {
        int start = TEXT.indexOf("\r\n");
        int end = TEXT.indexOf("Конец");
        Span trimmed = Span.trimmed(TEXT, start, end);
        assertThat(trimmed.of(TEXT)).isEqualTo("🙂 Мы уехали в Алматы 🇰🇿");
        assertThat(trimmed.problemIn(TEXT)).isNull(); // no surrogate pair cut
        assertThat(new Span(start, end).trimmed(TEXT)).isEqualTo(trimmed);
    }

    @Test
    void aSpanWithoutWhitespaceAtItsEndsIsItself() {
        Span word = new Span(TEXT.indexOf("Мы"), TEXT.indexOf("Мы") + 2);
        assertThat(word.trimmed(TEXT)).isEqualTo(word);
        Span emoji = new Span(TEXT.indexOf("🙂"), TEXT.indexOf("🙂") + 2);
        assertThat(emoji.trimmed(TEXT).of(TEXT)).isEqualTo("🙂");
    }

    @Test
    void onlyWhitespaceGivesAnEmptySpanAtTheEnd() {
        int start = TEXT.indexOf("\r\n\r\n");
        int end = TEXT.indexOf("Конец");
        Span blank = Span.trimmed(TEXT, start, end);
        assertThat(blank.length()).isZero();
        assertThat(blank.end()).isEqualTo(end);
        assertThat(Span.trimmed("", 0, 0)).isEqualTo(new Span(0, 0));
    }

    @Test
    void aNoBreakSpaceIsText() {
        String text = "\u00a0да\u00a0 ";
        assertThat(Span.trimmed(text, 0, text.length()).of(text)).isEqualTo("\u00a0да\u00a0");
    }
}
