package org.caravanqda.gui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.caravanqda.gui.workbench.SnippetRuns.Run;
import org.junit.jupiter.api.Test;

class SnippetRunsTest {
    @Test
    void cutsASnippetIntoPlainAndMatchedRuns() {
        assertThat(SnippetRuns.of("они **уехали** сами … вроде как **уехали** от повестки")
                        .runs())
                .containsExactly(
                        new Run("они ", false),
                        new Run("уехали", true),
                        new Run(" сами … вроде как ", false),
                        new Run("уехали", true),
                        new Run(" от повестки", false));
        assertThat(SnippetRuns.of("**Виза** и регистрация").runs())
                .containsExactly(new Run("Виза", true), new Run(" и регистрация", false));
    }

    @Test
    void anUnclosedMarkIsTextAndNoSnippetIsNoRuns() {
        assertThat(SnippetRuns.of("5 ** 2 = 25").runs()).containsExactly(new Run("5 ** 2 = 25", false));
        assertThat(SnippetRuns.of("**a** and 2 ** 3").plain()).isEqualTo("a and 2 ** 3");
        assertThat(SnippetRuns.of(null).runs()).isEmpty();
    }
}
