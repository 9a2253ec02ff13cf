package org.caravanqda.app.refi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.caravanqda.model.Span;
import org.caravanqda.model.TextUnit;
import org.caravanqda.model.UnitKind;

/** Text helpers of the REFI-QDA import: units, hashes, and offsets through NFC normalization. */
final class RefiText {
    private RefiText() {}

    /** One paragraph unit per non-blank line, so searches and tables have units as after a .txt import. */
    static List<TextUnit> paragraphs(String text) {
        List<TextUnit> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            Span line = Span.trimmed(text, start, end);
            if (line.length() > 0) {
                out.add(new TextUnit(out.size(), UnitKind.PARAGRAPH, null, line.start(), line.end(), null));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    /**
     * The index in the NFC text of index {@code i} of the raw text. Caravan stores NFC (ADR 0002);
     * most files already are, and then nothing moves.
     */
    static int nfcIndex(String raw, int i, String nfc) {
        if (raw.equals(nfc)) {
            return i;
        }
        return Normalizer.normalize(raw.substring(0, i), Normalizer.Form.NFC).length();
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
