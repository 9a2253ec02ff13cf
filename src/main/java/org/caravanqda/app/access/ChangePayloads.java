package org.caravanqda.app.access;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectMapper;

/**
 * A change's payload as JSON. Payloads hold names, numbers, flags, nulls, and lists and maps of these: they are
 * written with Jackson's streaming generator, which is what Jackson's object mapper writes them with, and the text is
 * the same. The mapper itself took a tenth of a `caravan code` to set up (ADR 0043), so it is made only for a value
 * of another kind.
 */
final class ChangePayloads {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ChangePayloads() {}

    /** Made on first use: no payload Caravan writes today needs it. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    static String json(Map<String, ?> payload) {
        if (!plain(payload)) {
            return Mapper.JSON.writeValueAsString(payload);
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(tools.jackson.core.ObjectWriteContext.empty(), out)) {
            write(g, payload);
        }
        return out.toString();
    }

    /** Whether {@code value} is written here exactly as the object mapper writes it. */
    static boolean plain(Object value) {
        if (value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof Double
                || value instanceof Float
                || value instanceof BigInteger
                || value instanceof BigDecimal) {
            return true;
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream().allMatch(e -> e.getKey() instanceof String && plain(e.getValue()));
        }
        if (value instanceof Iterable<?> list) {
            for (Object o : list) {
                if (!plain(o)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static void write(JsonGenerator g, Object value) {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Float f) {
            g.writeNumber(f);
        } else if (value instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeName((String) e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeStartArray();
            for (Object o : (Iterable<?>) value) {
                write(g, o);
            }
            g.writeEndArray();
        }
    }
}
