package org.caravanqda.app.revision;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * How an old text became a new one, as aligned pieces, and the mapping of offsets through it.
 * The common start and end are cut off first (a correction is usually small); the rest is
 * diffed by words (runs of letters and digits, runs of white space, single other characters) with
 * Myers' algorithm in linear space (java-diff-utils), and every changed stretch of at most
 * {@value #REFINE} characters on each side is diffed again by characters (code points), so a
 * corrected typo keeps the letters around it. Tokens are whole code points: no piece boundary
 * cuts a surrogate pair.
 */
final class TextDiff {
    /** Changed stretches up to this long (on both sides) are diffed again by characters. */
    static final int REFINE = 2_000;

    /** Old text {@code [oldStart, oldEnd)} became new text {@code [newStart, newEnd)}; equal pieces are the same text. */
    record Piece(int oldStart, int oldEnd, int newStart, int newEnd, boolean equal) {}

    private final List<Piece> pieces;
    /** The pieces with old text, in order: they tile the old text. */
    private final List<Piece> tiles;

    private final int oldLength;
    private final int newLength;

    private TextDiff(List<Piece> pieces, int oldLength, int newLength) {
        this.pieces = pieces;
        this.tiles = pieces.stream().filter(x -> x.oldEnd() > x.oldStart()).toList();
        this.oldLength = oldLength;
        this.newLength = newLength;
    }

    static TextDiff of(String old, String neu) {
        int prefix = 0;
        int max = Math.min(old.length(), neu.length());
        while (prefix < max && old.charAt(prefix) == neu.charAt(prefix)) {
            prefix++;
        }
        if (prefix > 0 && prefix < max && Character.isHighSurrogate(old.charAt(prefix - 1))) {
            prefix--; // the pair differs in its second half: the whole pair is changed
        }
        int suffix = 0;
        while (suffix < max - prefix
                && old.charAt(old.length() - 1 - suffix) == neu.charAt(neu.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && suffix < max - prefix && Character.isLowSurrogate(old.charAt(old.length() - suffix))) {
            suffix--;
        }
        List<Piece> out = new ArrayList<>();
        add(out, new Piece(0, prefix, 0, prefix, true));
        int oe = old.length() - suffix;
        int ne = neu.length() - suffix;
        diff(out, old, prefix, oe, neu, prefix, ne, true);
        add(out, new Piece(oe, old.length(), ne, neu.length(), true));
        return new TextDiff(List.copyOf(out), old.length(), neu.length());
    }

    private static void diff(List<Piece> out, String old, int os, int oe, String neu, int ns, int ne, boolean words) {
        if (os == oe || ns == ne) {
            add(out, new Piece(os, oe, ns, ne, false));
            return;
        }
        int[] ob = words ? words(old, os, oe) : codePoints(old, os, oe);
        int[] nb = words ? words(neu, ns, ne) : codePoints(neu, ns, ne);
        List<String> ot = tokens(old, ob);
        List<String> nt = tokens(neu, nb);
        List<Change> changes = new MeyersDiffWithLinearSpace<String>().computeDiff(ot, nt, null);
        int oi = 0;
        int ni = 0;
        for (Change c : changes) {
            add(out, new Piece(ob[oi], ob[c.startOriginal], nb[ni], nb[c.startRevised], true));
            int cos = ob[c.startOriginal];
            int coe = ob[c.endOriginal];
            int cns = nb[c.startRevised];
            int cne = nb[c.endRevised];
            if (words && coe > cos && cne > cns && coe - cos <= REFINE && cne - cns <= REFINE) {
                diff(out, old, cos, coe, neu, cns, cne, false);
            } else {
                add(out, new Piece(cos, coe, cns, cne, false));
            }
            oi = c.endOriginal;
            ni = c.endRevised;
        }
        add(out, new Piece(ob[oi], oe, nb[ni], ne, true));
    }

    /** Appends a piece, dropping empty ones and joining it to a previous piece of the same kind. */
    private static void add(List<Piece> out, Piece p) {
        if (p.oldStart() == p.oldEnd() && p.newStart() == p.newEnd()) {
            return;
        }
        if (!out.isEmpty()) {
            Piece last = out.get(out.size() - 1);
            if (last.equal() == p.equal() && last.oldEnd() == p.oldStart() && last.newEnd() == p.newStart()) {
                out.set(out.size() - 1, new Piece(last.oldStart(), p.oldEnd(), last.newStart(), p.newEnd(), p.equal()));
                return;
            }
        }
        out.add(p);
    }

    /** Token boundaries: {@code b[i]..b[i+1]} is token i; the last entry is {@code end}. */
    private static int[] words(String s, int start, int end) {
        List<Integer> b = new ArrayList<>();
        int i = start;
        while (i < end) {
            b.add(i);
            int cp = s.codePointAt(i);
            int kind = kind(cp);
            i += Character.charCount(cp);
            if (kind != 0) {
                while (i < end && kind(s.codePointAt(i)) == kind) {
                    i += Character.charCount(s.codePointAt(i));
                }
            }
        }
        b.add(end);
        return b.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1 letters and digits (a word), 2 white space, 0 anything else (a token of its own). */
    private static int kind(int cp) {
        if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
            return 1;
        }
        return Character.isWhitespace(cp) ? 2 : 0;
    }

    private static int[] codePoints(String s, int start, int end) {
        int[] b = new int[s.codePointCount(start, end) + 1];
        int k = 0;
        for (int i = start; i < end; i += Character.charCount(s.codePointAt(i))) {
            b[k++] = i;
        }
        b[k] = end;
        return b;
    }

    private static List<String> tokens(String s, int[] b) {
        List<String> t = new ArrayList<>(b.length - 1);
        for (int i = 0; i + 1 < b.length; i++) {
            t.add(s.substring(b[i], b[i + 1]));
        }
        return t;
    }

    List<Piece> pieces() {
        return pieces;
    }

    /** Whether the two texts are the same. */
    boolean unchanged() {
        return pieces.stream().allMatch(Piece::equal);
    }

    /**
     * Where a coding that started at old offset {@code p} starts now: text inserted exactly at
     * {@code p} stays outside it; a changed stretch it started inside is taken in whole.
     */
    int mapStart(int p) {
        if (p >= oldLength) {
            return newLength;
        }
        Piece x = containing(p, false);
        return x.equal() ? x.newStart() + (p - x.oldStart()) : x.newStart();
    }

    /** Where a coding that ended at old offset {@code p} ends now (the mirror of {@link #mapStart}). */
    int mapEnd(int p) {
        if (p <= 0) {
            return 0;
        }
        Piece x = containing(p, true);
        return x.equal() ? x.newStart() + (p - x.oldStart()) : x.newEnd();
    }

    /**
     * The piece with old text around {@code p}: {@code [oldStart, oldEnd)} holds it, or for an end
     * {@code (oldStart, oldEnd]}. Pieces with old text tile the old text in order; inserted pieces
     * (no old text) hold no old offset.
     */
    private Piece containing(int p, boolean end) {
        int lo = 0;
        int hi = tiles.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Piece x = tiles.get(mid);
            boolean after = end ? x.oldEnd() < p : x.oldEnd() <= p;
            if (after) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return tiles.get(lo);
    }
}
