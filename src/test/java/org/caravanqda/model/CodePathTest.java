package org.caravanqda.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Paths whose names hold a '/' (MAXQDA's "Negativ/Aufgeregt"): the window finds parents and leaves through these. */
class CodePathTest {
    @Test
    void anEscapedSlashStaysInsideItsName() {
        CodePath p = CodePath.parse("Emotion/Negativ\\/Aufgeregt");
        assertThat(p.names()).containsExactly("Emotion", "Negativ/Aufgeregt");
        assertThat(p.leaf()).isEqualTo("Negativ/Aufgeregt");
        assertThat(p.depth()).isEqualTo(2);
        assertThat(p.parent()).isEqualTo("Emotion");
        assertThat(p.toString()).isEqualTo("Emotion/Negativ\\/Aufgeregt");
    }

    @Test
    void theParentIsWrittenEscapedAndATopLevelCodeHasNone() {
        assertThat(CodePath.parse("Push\\/pull/Work/Remote").parent()).isEqualTo("Push\\/pull/Work");
        assertThat(CodePath.parse("Push\\/pull").parent()).isNull();
        assertThat(CodePath.parse(CodePath.child("A\\/B", "C/D")).names()).containsExactly("A/B", "C/D");
    }
}
