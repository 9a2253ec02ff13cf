package org.caravanqda.io.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cues of a SubRip or WebVTT file: each with its start time and its text lines as written. A
 * cue that runs into the next one without a blank line is still two cues. Text that belongs to no
 * cue (a block whose timing line is broken or missing) is remembered by its line, so the reader
 * can refuse the file instead of leaving those words out unseen.
 */
final class SubtitleCues {
    /**
     * A cue's start, its groups read by {@link #millis}: hours (optional), minutes, seconds, fraction. Lenient
     * as players are: one-digit seconds ("00:00:0,500", a watermark cue of downloaded TV subtitles) and a colon
     * before a three-digit fraction ("00:00:03:500"; "00:01:02" without a fraction stays unread, since it could
     * be read two ways).
     */
    private static final String START = "(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{1,2})(?:[,.](\\d{1,3})|:(\\d{3}))";
    /** A cue's end: the same shape, not read (a cue's unit starts at its start time). */
    private static final String END = "(?:\\d{1,3}:)?\\d{1,2}:\\d{1,2}(?:[,.]\\d{1,3}|:\\d{3})";
    /** Start, arrow, end, then WebVTT's cue settings or SubRip's coordinates if any. */
    private static final Pattern TIMING = Pattern.compile("^" + START + "\\s*-->\\s*" + END + "(?:\\s.*)?$");

    private static final Pattern COUNTER = Pattern.compile("\\d+");
    /** WebVTT blocks that are not cues: the header, comments, style sheets, regions. */
    private static final Pattern VTT_BLOCK = Pattern.compile("^(?:WEBVTT|NOTE|STYLE|REGION)(?:\\s.*)?$");
    /** Header lines that YouTube's captions put after a blank line, where the format wants none. */
    private static final Pattern VTT_HEADER_LINE = Pattern.compile("^(?:Kind|Language|X-TIMESTAMP-MAP)\\s*[:=].*$");

    record Cue(long startMs, List<String> lines) {}

    private final List<Cue> cues = new ArrayList<>();
    /** The first line (0-based) of text outside every cue, or -1. */
    private int outside = -1;

    private SubtitleCues() {}

    static SubtitleCues of(String[] lines) {
        SubtitleCues out = new SubtitleCues();
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int timingLine = timingOf(lines, i);
            if (timingLine < 0) {
                if (out.outside < 0 && !notACue(lines, i, out.cues.isEmpty())) {
                    out.outside = COUNTER.matcher(lines[i].strip()).matches() && i + 1 < lines.length ? i + 1 : i;
                }
                i = endOfBlock(lines, i);
                continue;
            }
            Matcher timing = TIMING.matcher(lines[timingLine].strip());
            timing.matches();
            List<String> text = new ArrayList<>();
            for (i = timingLine + 1; i < lines.length && !endsCue(lines, i); i++) {
                text.add(lines[i]);
            }
            out.cues.add(new Cue(millis(timing), text));
        }
        return out;
    }

    List<Cue> cues() {
        return cues;
    }

    int outside() {
        return outside;
    }

    /** The timing line of a cue that starts at {@code i} (its own line, or the next after a number or id), or -1. */
    private static int timingOf(String[] lines, int i) {
        if (TIMING.matcher(lines[i].strip()).matches()) {
            return i;
        }
        boolean idThenTiming = i + 1 < lines.length
                && !lines[i].contains("-->")
                && TIMING.matcher(lines[i + 1].strip()).matches();
        return idThenTiming ? i + 1 : -1;
    }

    /**
     * A cue's text ends at an empty line, or where the next cue starts without one: at a timing line, or at a
     * cue number followed by one. A line of words followed by a timing line stays in this cue, since it cannot
     * be told from a WebVTT cue's id and is better kept than dropped. A line of spaces ends the cue only where
     * no text follows it: YouTube's captions open cues with one.
     */
    private static boolean endsCue(String[] lines, int i) {
        String line = lines[i].strip();
        if (line.isEmpty()) {
            return lines[i].isEmpty() || i + 1 >= lines.length || lines[i + 1].isBlank() || endsCue(lines, i + 1);
        }
        return TIMING.matcher(line).matches()
                || (COUNTER.matcher(line).matches()
                        && i + 1 < lines.length
                        && TIMING.matcher(lines[i + 1].strip()).matches());
    }

    /** A block without a timing line that loses no words: WebVTT's header and comments, or a lone cue number. */
    private static boolean notACue(String[] lines, int i, boolean beforeFirstCue) {
        if (VTT_BLOCK.matcher(lines[i].strip()).matches()) {
            return true;
        }
        boolean header = beforeFirstCue;
        boolean numbers = true;
        for (int j = i; j < lines.length && !lines[j].isBlank(); j++) {
            String line = lines[j].strip();
            header &= VTT_HEADER_LINE.matcher(line).matches();
            numbers &= COUNTER.matcher(line).matches();
        }
        return header || numbers;
    }

    private static int endOfBlock(String[] lines, int i) {
        while (i < lines.length && !lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private static long millis(Matcher m) {
        long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        String frac = ((m.group(4) != null ? m.group(4) : m.group(5)) + "00").substring(0, 3);
        return ((h * 60 + Long.parseLong(m.group(2))) * 60 + Long.parseLong(m.group(3))) * 1000 + Long.parseLong(frac);
    }
}
