package org.caravanqda.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RedactedTest {
    @Test
    void keepsClassesAndFramesOfTheWholeChainButNoMessage() {
        String quote = "цитата: «мы уехали в 2022»";
        String sql = "INSERT ... VALUES ('Айгерим')";
        Exception original = new IllegalArgumentException(quote, new java.sql.SQLException(sql));
        Redacted r = Redacted.of(original);

        StringWriter out = new StringWriter();
        r.printStackTrace(new PrintWriter(out));
        assertThat(out.toString())
                .contains(
                        "java.lang.IllegalArgumentException (message of " + quote.length() + " characters withheld)",
                        "java.sql.SQLException (message of " + sql.length() + " characters withheld)",
                        "RedactedTest.keepsClassesAndFrames")
                .doesNotContain("уехали", "Айгерим");
        assertThat(r.originalClass()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(r.getStackTrace()).isEqualTo(original.getStackTrace());
        assertThat(Redacted.of(r)).isSameAs(r);
    }

    @Test
    void aCauseLoopEnds() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        StringWriter out = new StringWriter();
        Redacted.of(a).printStackTrace(new PrintWriter(out));
        assertThat(out.toString()).contains("java.lang.Exception (message of 1 characters withheld)");
    }
}
