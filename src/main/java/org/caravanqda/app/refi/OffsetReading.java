package org.caravanqda.app.refi;

/**
 * The ways real tools count REFI-QDA text positions (GUIDE.md section 4). Each maps a position
 * of the file to a Java String index into the text as decoded (BOM dropped, CR kept).
 */
public enum OffsetReading {
    /** The standard (section 10.2): Unicode code points, CRLF as two. Caravan writes this. */
    CODE_POINTS(false, false),
    /** NVivo (Windows) and Qt-based QualCoder: UTF-16 units, CRLF as two. */
    UTF16(true, false),
    /** ATLAS.ti (and, inferred, MAXQDA): CRLF counts as one position; UTF-16 units. */
    UTF16_CRLF_AS_ONE(true, true),
    /** CRLF as one, counted in code points: the other half of ATLAS.ti's unverified choice. */
    CODE_POINTS_CRLF_AS_ONE(false, true);

    private final boolean utf16;
    private final boolean crlfAsOne;

    OffsetReading(boolean utf16, boolean crlfAsOne) {
        this.utf16 = utf16;
        this.crlfAsOne = crlfAsOne;
    }

    /** The reading a writer's {@code origin} attribute implies; null when the origin is unknown. */
    public static OffsetReading forOrigin(String origin) {
        String o = origin == null ? "" : origin.strip().toLowerCase(java.util.Locale.ROOT);
        if (o.startsWith("caravan")) {
            return CODE_POINTS;
        }
        if (o.startsWith("nvivo") || o.startsWith("qualcoder")) {
            return UTF16;
        }
        if (o.startsWith("atlas") || o.startsWith("maxqda")) {
            return UTF16_CRLF_AS_ONE;
        }
        return null;
    }

    /**
     * Table from positions in this reading to String indices: {@code table[p]} is the index of
     * position p; the last entry is the text's length. A position inside a CRLF pair counted as
     * one, or inside a surrogate pair, has no index of its own.
     */
    public int[] table(String text) {
        int[] out = new int[text.length() + 1];
        int p = 0;
        int i = 0;
        while (i < text.length()) {
            out[p++] = i;
            int step = 1;
            if (!utf16
                    && Character.isHighSurrogate(text.charAt(i))
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                step = 2;
            } else if (crlfAsOne && text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                step = 2;
            }
            i += step;
        }
        out[p++] = text.length();
        return java.util.Arrays.copyOf(out, p);
    }

    /** Positions of {@code text} in this reading for the given String indices (the export direction). */
    public static long[] codePointsOf(String text, int... indices) {
        long[] out = new long[indices.length];
        for (int k = 0; k < indices.length; k++) {
            out[k] = text.codePointCount(0, indices[k]);
        }
        return out;
    }

    public String label() {
        return switch (this) {
            case CODE_POINTS -> "code points (the standard)";
            case UTF16 -> "UTF-16 units, CRLF as two (NVivo, QualCoder)";
            case UTF16_CRLF_AS_ONE -> "UTF-16 units, CRLF as one (ATLAS.ti)";
            case CODE_POINTS_CRLF_AS_ONE -> "code points, CRLF as one";
        };
    }
}
