package org.caravanqda.gui.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caravanqda.app.agreement.CodeDisagreement;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.coding.CodingView;

/**
 * One way to settle a disagreement: every coder who coded the document ends with the same codings
 * of the code in the passage, either one coder's ({@link #keep}: the others adopt them, and lose
 * what that coder does not have) or both versions merged ({@link #merge}: per code, one coding
 * over everything the coders coded). Only the differences are changed: a coding a coder already has
 * (same code, same span) stays as it is.
 */
public record Resolution(String label, String preview, List<CodingView> remove, List<CodeRequest> add) {
    public Resolution {
        remove = List.copyOf(remove);
        add = List.copyOf(add);
    }

    /** What a coding is for this comparison: its code and span. */
    private record Key(String code, int start, int end) {
        static Key of(CodingView c) {
            return new Key(c.code(), c.start(), c.end());
        }
    }

    /** Whether anything would change. */
    public boolean changes() {
        return !remove.isEmpty() || !add.isEmpty();
    }

    /** The coders of {@code order} who coded the disagreement's document. */
    static List<String> present(CodeDisagreement d, List<String> order) {
        return order.stream().filter(d.applied()::containsKey).toList();
    }

    /** {@code coder}'s version is kept: the other coders take it over. */
    public static Resolution keep(CodeDisagreement d, String coder, List<String> coders) {
        Set<Key> target = new LinkedHashSet<>();
        d.codings().stream().filter(c -> c.coder().equals(coder)).forEach(c -> target.add(Key.of(c)));
        String label = target.isEmpty() ? "Keep " + coder + "'s (no coding)" : "Keep " + coder + "'s coding";
        return towards(label, d, target, coders);
    }

    /** Both versions merged: for each code in the passage one coding from its first to its last character, for every coder. */
    public static Resolution merge(CodeDisagreement d, List<String> coders) {
        Map<String, int[]> hull = new LinkedHashMap<>();
        for (CodingView c : d.codings()) {
            hull.merge(c.code(), new int[] {c.start(), c.end()}, (a, b) ->
                    new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        Set<Key> target = new LinkedHashSet<>();
        hull.forEach((code, span) -> target.add(new Key(code, span[0], span[1])));
        return towards("Merge (union)", d, target, coders);
    }

    private static Resolution towards(String label, CodeDisagreement d, Set<Key> target, List<String> coders) {
        List<CodingView> remove = new ArrayList<>();
        List<CodeRequest> add = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String coder : present(d, coders)) {
            List<CodingView> own =
                    d.codings().stream().filter(c -> c.coder().equals(coder)).toList();
            Set<Key> has = new LinkedHashSet<>();
            for (CodingView c : own) {
                // a second coding of the same code and span is a duplicate: it goes too
                if (!target.contains(Key.of(c)) || !has.add(Key.of(c))) {
                    remove.add(c);
                    lines.add(coder + ": remove " + describe(Key.of(c)));
                }
            }
            for (Key k : target) {
                if (!has.contains(k)) {
                    add.add(new CodeRequest(
                            d.document(), k.start(), k.end(), null, null, k.code(), coder, memo(own, k, has)));
                    lines.add(coder + ": add " + describe(k));
                }
            }
        }
        return new Resolution(label, lines.isEmpty() ? "nothing to change" : String.join("\n", lines), remove, add);
    }

    /**
     * The memo a coder's new coding keeps: the memos of that coder's own codings of the same code
     * that it replaces (a memo is its author's: another coder's is never copied), or null.
     */
    private static String memo(List<CodingView> own, Key k, Set<Key> kept) {
        List<String> memos = own.stream()
                .filter(c -> c.code().equals(k.code()) && !kept.contains(Key.of(c)) && c.memo() != null)
                .map(CodingView::memo)
                .distinct()
                .toList();
        return memos.isEmpty() ? null : String.join("\n", memos);
    }

    private static String describe(Key k) {
        return String.format(Locale.ROOT, "%s (%,d–%,d)", k.code(), k.start(), k.end());
    }
}
