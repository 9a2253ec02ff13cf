package org.caravanqda.io.codebook;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalises the attribute values that real REFI-QDA files write in many shapes. */
final class RefiValues {
    private static final Pattern GUID =
            Pattern.compile("\\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})}?");
    private static final Pattern HEX_COLOR = Pattern.compile("#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");
    private static final Pattern RGB_FUNCTION = Pattern.compile(
            "rgba?\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*(,[^)]*)?\\)", Pattern.CASE_INSENSITIVE);

    static final String UNNAMED = "(unnamed)";

    private RefiValues() {}

    /**
     * A GUID without braces, lower case; null when absent or not GUID-shaped (a new one is made
     * then). Version bits are not checked: Taguette writes UUIDv5, qc hex-encoded ASCII.
     */
    static String guid(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = GUID.matcher(raw.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    static String guidOrNew(String raw) {
        String g = guid(raw);
        return g != null ? g : UUID.randomUUID().toString();
    }

    /** {@code #RRGGBB} in upper case, or null for absent or unusable values (alpha, names). */
    static String color(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        Matcher hex = HEX_COLOR.matcher(s);
        if (hex.matches()) {
            String h = hex.group(1);
            if (h.length() == 3) {
                h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
            }
            return "#" + h.toUpperCase(Locale.ROOT);
        }
        Matcher rgb = RGB_FUNCTION.matcher(s); // seen in the wild, crashes other importers
        if (rgb.matches()) {
            int r = Integer.parseInt(rgb.group(1));
            int g = Integer.parseInt(rgb.group(2));
            int b = Integer.parseInt(rgb.group(3));
            if (r <= 255 && g <= 255 && b <= 255) {
                return String.format(Locale.ROOT, "#%02X%02X%02X", r, g, b);
            }
        }
        return null;
    }

    /** xsd:boolean; anything else, including a missing attribute, counts as codable. */
    static boolean codable(String raw) {
        if (raw == null) {
            return true;
        }
        String s = raw.strip();
        return !("false".equalsIgnoreCase(s) || "0".equals(s));
    }

    static String name(String raw) {
        if (raw == null || raw.isBlank()) {
            return UNNAMED;
        }
        return raw.strip(); // a '/' stays: code paths write it as \/ (CodePath)
    }

    /** Drops characters XML 1.0 cannot carry (control characters) and makes line ends LF. */
    static String xmlSafe(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        String text = s.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\n'
                    || c == '\t'
                    || (c >= 0x20 && c <= 0xD7FF)
                    || Character.isSurrogate(c)
                    || (c >= 0xE000 && c <= 0xFFFD);
            if (allowed) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
