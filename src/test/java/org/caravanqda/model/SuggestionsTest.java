package org.caravanqda.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean" offers names a typo away, and not names that merely share a few letters. */
class SuggestionsTest {
    private static final List<String> CODES = List.of(
            "Exit as voice",
            "Exit as voice/Silent protest",
            "Economic push",
            "Housing/Rent",
            "rq1_definition/rationales/equity/power",
            "rq1_definition/rationales/equity/note");

    @Test
    void aTypoFindsItsName() {
        assertThat(Suggestions.closest("Exit as vocie", CODES, 3)).first().isEqualTo("Exit as voice");
        assertThat(Suggestions.closest("Rnet", CODES, 3)).containsExactly("Housing/Rent");
        assertThat(Suggestions.closest("economic psh", CODES, 3)).containsExactly("Economic push");
        assertThat(Suggestions.closest("emojj", List.of("emoji.txt", "ru-01.txt"), 3))
                .containsExactly("emoji.txt");
    }

    @Test
    void aShortNameIsNotMatchedToAnyWordThreeEditsAway() {
        assertThat(Suggestions.closest("Nope", CODES, 3)).containsExactly("rq1_definition/rationales/equity/note");
        assertThat(Suggestions.closest("Xyzzy", CODES, 3)).isEmpty();
    }
}
