package org.caravanqda.cli;

import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON output of the CLI contract (keys may be added, never renamed). */
final class Json {
    // Jackson 3 sorts record and bean properties by name unless told not to: the contract keeps declaration order
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private Json() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Attribute and time values as JSON-friendly objects: whole numbers without ".0", dates as ISO text. */
    static Object plain(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        if (v instanceof LocalDate || v instanceof Instant) {
            return v.toString();
        }
        return v;
    }
}
