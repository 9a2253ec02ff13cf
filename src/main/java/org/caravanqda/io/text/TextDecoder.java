package org.caravanqda.io.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with BOM, legacy
 * Cyrillic windows-1251 / KOI8-R, or a legacy single-byte Latin/Greek encoding (windows-1252 and
 * the ISO-8859 family, ranked by ICU's detector). The two legacy encodings are told apart by how Russian the
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
        if (Math.max(s1, s2) >= MIN_RUSSIAN_SCORE) {
            return s1 >= s2 ? cp1251 : koi8;
        }
        return latin(b);
    }

    /** Single-byte encodings of the Latin, Greek and other ISO-8859 scripts, tried after the Cyrillic ones. */
    static final List<String> SINGLE_BYTE = List.of(
            "windows-1252",
            "ISO-8859-1",
            "ISO-8859-15",
            "windows-1250",
            "ISO-8859-2",
            "ISO-8859-9",
            "windows-1254",
            "ISO-8859-7",
            "windows-1253",
            "ISO-8859-5",
            "ISO-8859-13",
            "windows-1257",
            "ISO-8859-4",
            "ISO-8859-3",
            "ISO-8859-10",
            "ISO-8859-16");

    /**
     * A legacy single-byte file in a Latin (or Greek) script: ICU's detector ranks the ISO-8859 and
     * windows encodings by their byte statistics; the best one that decodes without control
     * characters and gives mostly letters wins, windows-1252 when the detector has no opinion.
     */
    private static String latin(byte[] b) {
        List<String> order = new ArrayList<>();
        try {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(b);
            for (CharsetMatch m : detector.detectAll()) {
                if (SINGLE_BYTE.contains(m.getName()) && !order.contains(m.getName())) {
                    order.add(m.getName());
                }
            }
        } catch (RuntimeException e) {
            // no ranking: the fixed order below
        }
        order.add("windows-1252");
        for (String name : order) {
            String decoded = clean(strict(b, 0, Charset.forName(name)));
            if (decoded != null && mostlyText(decoded)) {
                return decoded;
            }
        }
        return null;
    }

    /** Letters, digits, spaces and punctuation, not symbol soup: binary junk decodes to symbols. */
    private static boolean mostlyText(String s) {
        int letters = 0;
        int other = 0;
        int spaces = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                spaces++;
            } else if (Character.isLetter(c)) {
                letters++;
            } else if (!Character.isWhitespace(c)
                    && !Character.isDigit(c)
                    && ".,;:!?'\"()-–—…«»„“”’‘/".indexOf(c) < 0) {
                other++;
            }
        }
        // prose has words: a space at least every 30 characters (high-byte junk decodes to one long "word")
        return letters > 0 && other * 10 < letters && spaces * 30 >= s.length();
    }

    /** The bytes in the named encoding (a BOM dropped), or null when they are not valid text in it. */
    static String decode(byte[] bytes, Charset charset) {
        int offset = 0;
        if (charset.equals(StandardCharsets.UTF_8)
                && bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        String s = clean(strict(bytes, offset, charset));
        return s != null && !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
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
        if (cs.equals(StandardCharsets.UTF_8)) {
            // String's own decoder is several times faster; it marks malformed input with U+FFFD, so text without one
            // was valid UTF-8. Text with one (malformed, or a real U+FFFD) is decided by the strict decoder below.
            String fast = new String(b, offset, b.length - offset, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) {
                return fast;
            }
        }
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
