package org.caravanqda.io.codebook;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Packs a code's definition, inclusion, exclusion and example into the one REFI-QDA Description
 * and unpacks them again (the convention is documented in {@code package-info}).
 */
final class DescriptionCodec {
    static final String INCLUSION = "Inclusion";
    static final String EXCLUSION = "Exclusion";
    static final String EXAMPLE = "Example";

    private static final Pattern MARKER = Pattern.compile(
            "^\\s*(" + INCLUSION + "|" + EXCLUSION + "|" + EXAMPLE + ")\\s*:[ \\t]?(.*)$", Pattern.CASE_INSENSITIVE);

    /** The four text fields of a code; blank fields are null. */
    record Fields(String definition, String inclusion, String exclusion, String example) {
        Fields {
            definition = blankToNull(definition);
            inclusion = blankToNull(inclusion);
            exclusion = blankToNull(exclusion);
            example = blankToNull(example);
        }

        boolean isEmpty() {
            return definition == null && inclusion == null && exclusion == null && example == null;
        }
    }

    private DescriptionCodec() {}

    /** The Description text, or null when every field is blank (then no element is written). */
    static String encode(Fields f) {
        if (f.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        if (f.definition() != null) {
            out.append(f.definition());
        }
        boolean separated = false;
        for (Map.Entry<String, String> e : markedFields(f).entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            if (!separated && out.length() > 0) {
                out.append("\n\n"); // a blank line keeps the definition visually apart in other tools
            }
            separated = true;
            out.append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        return out.toString().strip();
    }

    static Fields decode(String description) {
        if (description == null || description.isBlank()) {
            return new Fields(null, null, null, null);
        }
        Map<String, StringBuilder> parts = new LinkedHashMap<>();
        StringBuilder current = parts.computeIfAbsent("", k -> new StringBuilder());
        for (String line : description.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            Matcher m = MARKER.matcher(line);
            if (m.matches()) {
                String key = m.group(1).toLowerCase(Locale.ROOT);
                current = parts.computeIfAbsent(key, k -> new StringBuilder());
                if (current.length() > 0) {
                    current.append('\n'); // a repeated marker continues the same field
                }
                current.append(m.group(2));
            } else {
                if (current.length() > 0 || current != parts.get("")) {
                    current.append('\n');
                }
                current.append(line);
            }
        }
        return new Fields(text(parts, ""), text(parts, "inclusion"), text(parts, "exclusion"), text(parts, "example"));
    }

    private static Map<String, String> markedFields(Fields f) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(INCLUSION, f.inclusion());
        m.put(EXCLUSION, f.exclusion());
        m.put(EXAMPLE, f.example());
        return m;
    }

    private static String text(Map<String, StringBuilder> parts, String key) {
        StringBuilder b = parts.get(key);
        return b == null ? null : b.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
