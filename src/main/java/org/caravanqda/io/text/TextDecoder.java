package org.caravanqda.io.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with BOM, or legacy
 * Cyrillic windows-1251 / KOI8-R. The two legacy encodings are told apart by how Russian the
 * result looks, because ICU's detector answers with low confidence on short text and may pick
 * encodings we do not support.
 */
final class TextDecoder {
    static final Charset CP1251 = Charset.forName("windows-1251");
    static final Charset KOI8R = Charset.forName("KOI8-R");
    /** The most frequent Russian letters (о е а и н т с р в л к м), about 74% of running text. */
    private static final String FREQUENT = "оеаинтсрвлкм";

    private static final double MIN_RUSSIAN_SCORE = 0.45;

    private TextDecoder() {}

    /** The decoded text without BOM, or null when the bytes are no text in a supported encoding. */
    static String decode(byte[] bytes) {
        byte[] b = bytes;
        if (b.length > 0 && b[b.length - 1] == 0x1A) {
            b = java.util.Arrays.copyOf(b, b.length - 1); // DOS end-of-file mark in old legacy files
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return clean(strict(b, 3, StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return clean(strict(b, 2, StandardCharsets.UTF_16LE));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return clean(strict(b, 2, StandardCharsets.UTF_16BE));
        }
        String utf8 = strict(b, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return clean(utf8);
        }
        String cp1251 = clean(strict(b, 0, CP1251));
        String koi8 = clean(strict(b, 0, KOI8R));
        double s1 = russianScore(cp1251);
        double s2 = russianScore(koi8);
        if (Math.max(s1, s2) < MIN_RUSSIAN_SCORE) {
            return null;
        }
        return s1 >= s2 ? cp1251 : koi8;
    }

    /**
     * Share of Cyrillic letters that are frequent lower-case Russian letters, or 0 when Cyrillic
     * is not the main script. A wrong legacy decoding turns most letters into capitals or rare
     * letters, and so does binary junk.
     */
    static double russianScore(String s) {
        if (s == null) {
            return 0;
        }
        int letters = 0;
        int cyrillic = 0;
        int frequent = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                    cyrillic++;
                    if (FREQUENT.indexOf(c) >= 0) {
                        frequent++;
                    }
                }
            }
        }
        if (cyrillic == 0 || cyrillic * 10 < letters * 3) {
            return 0;
        }
        return (double) frequent / cyrillic;
    }

    private static String strict(byte[] b, int offset, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Null for text with NUL or other control characters that never occur in prose. */
    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean layout = c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
            if (c < 0x20 && !layout || c == 0x7F || c == '\uFFFE') {
                return null;
            }
        }
        return s;
    }
}
