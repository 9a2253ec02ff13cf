package org.caravanqda.cli;

import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON output of the CLI contract (keys may be added, never renamed). */
final class Json {
    // Jackson 3 sorts record and bean properties by name unless told not to: the contract keeps declaration order;
    // DEL, C1 controls, bidi controls and zero-width characters go out as backslash-u escapes like C0 (issue 22):
    // the same string for a parser, nothing a terminal would act on or hide for a reader
    // built on the first JSON written: a table's cells pass through plain() below without loading Jackson
    private static final class Mapper {
        static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                        .characterEscapes(new HiddenCharacters())
                        .build())
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
    }

    private Json() {}

    private static final class HiddenCharacters extends CharacterEscapes {
        private static final int[] ASCII = ascii();

        private static int[] ascii() {
            int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
            codes[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
            return codes;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return TerminalText.hidden(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }

    static String write(Object value) {
        try {
            return Mapper.MAPPER.writeValueAsString(value);
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
