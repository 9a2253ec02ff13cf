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
 * with a space, cues are separated by a blank line; the speaker comes from {@code <v Name>} or a
 * leading {@code Name:}.
 */
public final class SubtitleReader implements DocumentReader {
    private static final Pattern TIMING =
            Pattern.compile("^(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})[,.](\\d{1,3})\\s*-->\\s*\\S+.*$");
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
        StringBuilder text = new StringBuilder();
        List<TextUnit> units = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            Matcher timing = TIMING.matcher(lines[i].strip());
            if (!timing.matches()) {
                i++; // cue numbers and ids, WEBVTT header, NOTE/STYLE blocks
                continue;
            }
            long startMs = millis(timing);
            List<String> cue = new ArrayList<>();
            for (i++; i < lines.length && !lines[i].isBlank(); i++) {
                cue.add(lines[i].strip());
            }
            addCue(String.join(" ", cue), startMs, text, units);
        }
        if (units.isEmpty()) {
            throw new CaravanException(
                    file.getFileName() + " contains no subtitle cues (no '00:00:01,000 --> ...' timing lines)");
        }
        return new ParsedDocument(text.toString(), units, Map.of());
    }

    private static void addCue(String raw, long startMs, StringBuilder text, List<TextUnit> units) {
        Matcher voice = VOICE.matcher(raw);
        String speaker = voice.find() ? voice.group(1).strip() : null;
        String cue = TextAssembler.tidy(Parser.unescapeEntities(TAG.matcher(raw).replaceAll(""), false));
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

    private static long millis(Matcher m) {
        long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        String frac = (m.group(4) + "00").substring(0, 3);
        return ((h * 60 + Long.parseLong(m.group(2))) * 60 + Long.parseLong(m.group(3))) * 1000 + Long.parseLong(frac);
    }
}
