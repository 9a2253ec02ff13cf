package org.caravanqda.app.revision;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import java.util.ArrayList;
import java.util.List;
import org.caravanqda.model.Span;

/**
 * How an old text became a new one, as aligned pieces, and the mapping of offsets through it.
 * The texts are
 * diffed by words (a run of letters and digits, or one other character, each with the white space
 * after it) with
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
        return of(old, neu, List.of());
    }

    /**
     * As {@link #of(String, String)}, with the codings' spans in the old text: an inserted or
     * deleted stretch that could as well sit a little to the left or right (the same text repeats
     * there: deleting "ab " or " ab" of "ab ab" gives the same new text) is put where it cuts
     * into the fewest codings, so a coding next to a repeated word keeps its text.
     */
    static TextDiff of(String old, String neu, List<Span> codings) {
        List<Piece> out = new ArrayList<>();
        diff(out, old, 0, old.length(), neu, 0, neu.length(), true);
        if (!codings.isEmpty()) {
            for (int pass = 0; pass < 20; pass++) {
                List<Piece> slid = slide(out, old, neu, codings);
                if (slid.equals(out)) {
                    break;
                }
                out = slid;
            }
        }
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
        // the common start and end first: a correction is usually small
        int head = 0;
        while (head < ot.size() && head < nt.size() && ot.get(head).equals(nt.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < ot.size() - head
                && tail < nt.size() - head
                && ot.get(ot.size() - 1 - tail).equals(nt.get(nt.size() - 1 - tail))) {
            tail++;
        }
        List<Change> changes = new ArrayList<>();
        for (Change c : adjoined(new MeyersDiffWithLinearSpace<String>()
                .computeDiff(ot.subList(head, ot.size() - tail), nt.subList(head, nt.size() - tail), null))) {
            changes.add(new Change(
                    c.deltaType,
                    c.startOriginal + head,
                    c.endOriginal + head,
                    c.startRevised + head,
                    c.endRevised + head));
        }
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

    /** The changes with each deletion and insertion that touch joined into one replacement (then refined as one). */
    private static List<Change> adjoined(List<Change> changes) {
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            Change last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.endOriginal == c.startOriginal && last.endRevised == c.startRevised) {
                out.set(out.size() - 1, last.withEndOriginal(c.endOriginal).withEndRevised(c.endRevised));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** How far a stretch may slide at most, each way. */
    private static final int MAX_SLIDE = 1_000;

    /**
     * Each pure insertion or deletion between two equal pieces, slid to where it cuts the fewest
     * codings; at equal cost, to where it meets the next change (one stretch then, which may slide
     * further in the next pass: Myers may split an inserted ", 👍" around a ", " it matched).
     */
    private static List<Piece> slide(List<Piece> in, String old, String neu, List<Span> codings) {
        List<Piece> p = new ArrayList<>(in);
        for (int i = 1; i + 1 < p.size(); i++) {
            Piece before = p.get(i - 1);
            Piece x = p.get(i);
            Piece after = p.get(i + 1);
            boolean deletion = x.newStart() == x.newEnd();
            boolean insertion = x.oldStart() == x.oldEnd();
            if (x.equal() || !before.equal() || !after.equal() || deletion == insertion) {
                continue;
            }
            String t = deletion ? old : neu;
            int a = deletion ? x.oldStart() : x.newStart();
            int b = deletion ? x.oldEnd() : x.newEnd();
            int left = 0;
            int roomLeft = Math.min(MAX_SLIDE, before.oldEnd() - before.oldStart());
            while (left < roomLeft && t.charAt(a - left - 1) == t.charAt(b - left - 1)) {
                left++;
            }
            int right = 0;
            int roomRight = Math.min(MAX_SLIDE, after.oldEnd() - after.oldStart());
            while (right < roomRight && t.charAt(a + right) == t.charAt(b + right)) {
                right++;
            }
            int best = 0;
            int bestCost = cost(x, 0, codings);
            if (bestCost == 0) {
                continue;
            }
            boolean meetsLeft = left == before.oldEnd() - before.oldStart() && i > 1;
            boolean meetsRight = right == after.oldEnd() - after.oldStart() && i + 2 < p.size();
            for (int k = -left; k <= right; k++) {
                if (k == 0 || splits(t, a + k) || splits(t, b + k)) {
                    continue;
                }
                int c = cost(x, k, codings);
                boolean meets = (k == -left && meetsLeft) || (k == right && meetsRight);
                if (c < bestCost || (c == bestCost && meets)) {
                    best = k;
                    bestCost = c;
                }
            }
            if (best != 0) {
                p.set(
                        i - 1,
                        new Piece(
                                before.oldStart(),
                                before.oldEnd() + best,
                                before.newStart(),
                                before.newEnd() + best,
                                true));
                p.set(
                        i,
                        new Piece(
                                x.oldStart() + best, x.oldEnd() + best, x.newStart() + best, x.newEnd() + best, false));
                p.set(
                        i + 1,
                        new Piece(
                                after.oldStart() + best,
                                after.oldEnd(),
                                after.newStart() + best,
                                after.newEnd(),
                                true));
            }
        }
        List<Piece> out = new ArrayList<>();
        p.forEach(x -> add(out, x));
        return out;
    }

    /** How many codings the stretch, slid by {@code k}, cuts into: a deletion overlapping one, an insertion inside one. */
    private static int cost(Piece x, int k, List<Span> codings) {
        int a = x.oldStart() + k;
        int b = x.oldEnd() + k;
        int n = 0;
        for (Span c : codings) {
            if (a == b ? c.start() < a && a < c.end() : c.start() < b && a < c.end()) {
                n++;
            }
        }
        return n;
    }

    private static boolean splits(String t, int i) {
        return i > 0
                && i < t.length()
                && Character.isHighSurrogate(t.charAt(i - 1))
                && Character.isLowSurrogate(t.charAt(i));
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

    /**
     * Token boundaries: {@code b[i]..b[i+1]} is token i; the last entry is {@code end}. A token is a
     * word (letters and digits), or one other character, with the white space after it: a space
     * alone never lines up two texts.
     */
    private static int[] words(String s, int start, int end) {
        List<Integer> b = new ArrayList<>();
        int i = start;
        while (i < end) {
            b.add(i);
            int cp = s.codePointAt(i);
            int kind = kind(cp);
            i += Character.charCount(cp);
            if (kind == 1) {
                while (i < end && kind(s.codePointAt(i)) == 1) {
                    i += Character.charCount(s.codePointAt(i));
                }
            }
            while (i < end && kind(s.codePointAt(i)) == 2) {
                i += Character.charCount(s.codePointAt(i));
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
