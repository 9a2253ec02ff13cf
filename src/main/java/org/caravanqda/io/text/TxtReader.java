package org.caravanqda.io.text;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Set;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.DocumentReader;
import org.caravanqda.app.port.NoTextException;
import org.caravanqda.app.port.ParsedDocument;

/** Plain-text transcripts; line ends are kept exactly as in the file. */
public final class TxtReader implements DocumentReader {
    static final String ENCODINGS = "UTF-8, UTF-16 with BOM, windows-1251, KOI8-R";

    @Override
    public Set<String> extensions() {
        return Set.of("txt");
    }

    @Override
    public ParsedDocument read(Path file) {
        return parse(decodeFile(file));
    }

    @Override
    public ParsedDocument parse(String text) {
        SpeakerTurns.Result turns = SpeakerTurns.detect(text, Paragraphs.of(text));
        return new ParsedDocument(text, turns.units(), turns.metadata());
    }

    /** The file's NFC text; refuses binary, undecodable, empty or whitespace-only files. */
    static String decodeFile(Path file) {
        String decoded = TextDecoder.decode(Files2.readLimited(file));
        if (decoded == null) {
            throw new CaravanException(
                    file.getFileName() + " is not a text file in a supported encoding (" + ENCODINGS + ")");
        }
        if (decoded.isBlank()) {
            throw new NoTextException(file.getFileName().toString());
        }
        return Normalizer.normalize(decoded, Normalizer.Form.NFC);
    }
}
