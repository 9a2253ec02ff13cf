package org.caravanqda.io.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.DocumentReader;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.app.port.ReadOptions;
import org.caravanqda.model.TextUnit;
import org.caravanqda.model.UnitKind;
import org.jsoup.parser.Parser;

/**
 * SubRip (.srt) and WebVTT (.vtt): one unit per cue with its start time. Cue lines are joined
 * with a space; the speaker comes from {@code <v Name>} or a leading {@code Name:}. Text that
 * belongs to no cue (a broken or missing timing line) refuses the file, naming the line
 * ({@link SubtitleCues}). YouTube's automatic captions roll: each cue repeats the line before
 * it, and the file times each word inline ({@code <00:00:01.709>}); in such a file a line that
 * repeats the one before is read once, so each phrase is one unit, at the time it was first said.
 */
public final class SubtitleReader implements DocumentReader {
    private static final Pattern INLINE_TIME = Pattern.compile("<(?:\\d{1,3}:)?\\d{2}:\\d{2}\\.\\d{3}>");
    private static final int SHOWN = 60;
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^ \\t>]*)?[ \\t]+([^>]+)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    @Override
    public Set<String> extensions() {
        return Set.of("srt", "vtt");
    }

    @Override
    public ParsedDocument read(Path file) {
        return read(file, ReadOptions.DETECT);
    }

    @Override
    public ParsedDocument read(Path file, ReadOptions options) {
        String source = TxtReader.decodeFile(file, options.encoding());
        String[] lines = source.split("\\r\\n|\\r|\\n", -1);
        SubtitleCues parsed = SubtitleCues.of(lines);
        boolean rolling = INLINE_TIME.matcher(source).find();
        StringBuilder text = new StringBuilder();
        List<TextUnit> units = new ArrayList<>();
        String previous = null;
        for (SubtitleCues.Cue cue : parsed.cues()) {
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < cue.lines().size(); i++) {
                String l = cue.lines().get(i).strip();
                if (rolling) {
                    String plain = plain(l);
                    // only a cue's first line can be the phrase before, carried over: a phrase said twice
                    // comes back on a later line (after the line of one space that opens a fresh cue)
                    if (plain.isEmpty() || (i == 0 && plain.equals(previous))) {
                        continue;
                    }
                    previous = plain;
                }
                kept.add(l);
            }
            addCue(String.join(" ", kept), cue.startMs(), text, units);
        }
        if (units.isEmpty()) {
            throw new CaravanException(
                    file.getFileName() + " contains no subtitle cues (no '00:00:01,000 --> ...' timing lines)");
        }
        if (parsed.outside() >= 0) {
            throw outside(file, lines[parsed.outside()], parsed.outside() + 1);
        }
        return new ParsedDocument(text.toString(), units, Map.of());
    }

    /** The line that belongs to no cue: a timing line that cannot be read, or text without one. */
    private static CaravanException outside(Path file, String line, int number) {
        String name = file.getFileName().toString();
        String example = name.toLowerCase(java.util.Locale.ROOT).endsWith(".vtt")
                ? "00:00:01.000 --> 00:00:03.500"
                : "00:00:01,000 --> 00:00:03,500";
        String what = line.contains("->")
                ? "is not a cue timing that can be read"
                : "belongs to no cue (is its timing line missing?)";
        return new CaravanException(name + ", line " + number + ": '" + shown(line) + "' " + what
                + "; a cue starts with a line like '" + example + "' followed by its text."
                + " Correct the file and import it again");
    }

    private static String shown(String line) {
        String s = line.strip();
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "…";
    }

    /** A line's words as they will be stored: tags and inline times removed, entities read. */
    private static String plain(String line) {
        return TextAssembler.tidy(Parser.unescapeEntities(TAG.matcher(line).replaceAll(""), false));
    }

    private static void addCue(String raw, long startMs, StringBuilder text, List<TextUnit> units) {
        Matcher voice = VOICE.matcher(raw);
        String speaker = voice.find() ? voice.group(1).strip() : null;
        String cue = plain(raw);
        if (cue.isEmpty()) {
            return;
        }
        if (speaker == null) {
            SpeakerLabel label = SpeakerLabel.parse(cue);
            if (label != null && !label.metadata() && (label.known() || label.shape() != SpeakerLabel.Shape.OTHER)) {
                speaker = label.name();
            }
        }
        if (text.length() > 0) {
            text.append("\n\n");
        }
        int start = text.length();
        text.append(cue);
        UnitKind kind = speaker == null ? UnitKind.PARAGRAPH : UnitKind.TURN;
        units.add(new TextUnit(units.size(), kind, speaker, start, text.length(), startMs));
    }
}
