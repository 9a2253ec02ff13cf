package org.caravanqda.model;

/** Times in a recording as researchers write them in transcripts: {@code hh:mm:ss}. */
public final class Timecode {
    private Timecode() {}

    /** {@code ms} as hh:mm:ss (seconds rounded down); null for null. */
    public static String format(Long ms) {
        if (ms == null) {
            return null;
        }
        long s = Math.max(0, ms) / 1000;
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    /** The time stamp a transcriber types into the text: {@code [hh:mm:ss]}. */
    public static String stamp(long ms) {
        return "[" + format(ms) + "]";
    }
}
