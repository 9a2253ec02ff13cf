package org.caravanqda.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.caravanqda.model.ChangeAction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/**
 * Change payloads are written without Jackson's object mapper (ADR 0043), and the text is what the mapper writes:
 * undo and the index's repair read these entries, older ones written by the mapper.
 */
class ChangePayloadsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static void sameAsTheMapper(Map<String, ?> payload) {
        assertThat(ChangePayloads.json(payload)).isEqualTo(MAPPER.writeValueAsString(payload));
    }

    @Test
    void namesNumbersFlagsAndNullsAreWrittenAsTheMapperWritesThem() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", 42L);
        p.put("path", "Exit as voice/Silent \"protest\" \\ back\\slash");
        p.put("name", "Алматы — Бишкек 🇰🇿 tab\there\nnew line \u0001 control, </script>");
        p.put("codes", 7);
        p.put("short", (short) -3);
        p.put("byte", (byte) 9);
        p.put("big", Long.MAX_VALUE);
        p.put("ratio", 0.1);
        p.put("huge", 1.0e21);
        p.put("tiny", -4.9e-324);
        p.put("float", 2.5f);
        p.put("notANumber", Double.NaN);
        p.put("infinite", Double.NEGATIVE_INFINITY);
        p.put("decimal", new BigDecimal("12345678901234567890.000100"));
        p.put("integer", new BigInteger("-123456789012345678901234567890"));
        p.put("flag", true);
        p.put("color", null);
        sameAsTheMapper(p);
    }

    @Test
    void listsAndMapsInsideArePlainToo() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("documents", List.of(3L, 1L, 2L));
        p.put("empty", List.of());
        p.put("set", new LinkedHashSet<>(List.of("b", "a")));
        p.put("withNull", Arrays.asList(1, null, "x"));
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("start", 10);
        inner.put("end", 25);
        inner.put("nested", List.of(Map.of("k", "v")));
        p.put("span", inner);
        p.put("spans", new ArrayList<>(List.of(inner, inner)));
        sameAsTheMapper(p);
        sameAsTheMapper(Map.of());
    }

    @Test
    void anyOtherValueGoesThroughTheMapper() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("action", ChangeAction.CODE_ADD);
        p.put("record", new Span(1, 2));
        p.put("array", new long[] {1, 2});
        p.put("keyedByNumber", Map.of(1, "one"));

        assertThat(ChangePayloads.plain(p)).isFalse();
        sameAsTheMapper(p);
        assertThat(ChangePayloads.plain(Map.of("k", List.of(Map.of("a", ChangeAction.CODE_ADD)))))
                .isFalse();
    }

    record Span(int start, int end) {}
}
