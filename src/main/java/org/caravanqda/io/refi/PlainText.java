package org.caravanqda.io.refi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes a REFI-QDA .txt: UTF-8 (section 9.1.2), one leading BOM dropped (offsets never count
 * it), CR kept (NVivo counts CRLF as two; the offset reading decides what CR means).
 */
final class PlainText {
    private PlainText() {}

    static String decode(byte[] bytes, String label, List<String> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.UTF_8);
            problems.add(label
                    + ": the text file is not valid UTF-8; bad bytes became U+FFFD, codings after them may shift");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
