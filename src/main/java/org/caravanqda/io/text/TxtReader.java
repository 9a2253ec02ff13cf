package org.caravanqda.io.text;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Set;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.DocumentReader;
import org.caravanqda.app.port.NoTextException;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.app.port.ReadOptions;

/** Plain-text transcripts; line ends are kept exactly as in the file. */
public final class TxtReader implements DocumentReader {
    static final String ENCODINGS =
            "UTF-8, UTF-16 with BOM, windows-1251, KOI8-R, windows-1252 and the ISO-8859 family; name another with --encoding";

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

    @Override
    public ParsedDocument read(Path file, ReadOptions options) {
        String text = decodeFile(file, options.encoding());
        SpeakerTurns.Result turns =
                SpeakerTurns.detect(text, Paragraphs.of(text), java.util.Set.of(), options.speakers());
        return new ParsedDocument(text, turns.units(), turns.metadata());
    }

    /** The file's NFC text; refuses binary, undecodable, empty or whitespace-only files. */
    static String decodeFile(Path file) {
        return decodeFile(file, null);
    }

    /** As above, in {@code encoding} when not null (the user's --encoding) instead of the detected one. */
    static String decodeFile(Path file, Charset encoding) {
        byte[] bytes = Files2.readLimited(file);
        String decoded = encoding == null ? TextDecoder.decode(bytes) : TextDecoder.decode(bytes, encoding);
        if (decoded == null) {
            throw new CaravanException(
                    encoding == null
                            ? file.getFileName() + " is not a text file in a supported encoding (" + ENCODINGS + ")"
                            : file.getFileName() + " is not valid " + encoding.name() + " text");
        }
        if (decoded.isBlank()) {
            throw new NoTextException(file.getFileName().toString());
        }
        // the check alone is a pass that builds nothing, and most files are already NFC
        return Normalizer.isNormalized(decoded, Normalizer.Form.NFC)
                ? decoded
                : Normalizer.normalize(decoded, Normalizer.Form.NFC);
    }
}
