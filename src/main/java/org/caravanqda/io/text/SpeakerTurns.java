package org.caravanqda.io.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.caravanqda.model.Span;
import org.caravanqda.model.TextUnit;
import org.caravanqda.model.UnitKind;

/**
 * Decides speaker turns from a document's paragraphs. A label opens a turn only when it behaves
 * like a speaker (it recurs, is a known interviewer/respondent label, or looks like the other
 * accepted labels), so titles and captions with a colon and cover-block metadata stay paragraphs.
 */
public final class SpeakerTurns {

    /** Units in text order plus the cover-block metadata found before the conversation. */
    public record Result(List<TextUnit> units, Map<String, String> metadata) {}

    private enum Role {
        PLAIN,
        COVER,
        REJECTED,
        TURN
    }

    private static final Pattern CAPTION =
            Pattern.compile("(?i).*\\b(image|photo|фото|источник фото)\\s*:\\s*[^:]{1,80}$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!…:;,)\\]»\"”'’]$");

    private SpeakerTurns() {}

    /** {@code paragraphs} are non-empty, trimmed, ordered, non-overlapping spans of {@code text}. */
    public static Result detect(String text, List<Span> paragraphs) {
        return detect(text, paragraphs, Set.of());
    }

    /** As above; {@code headings} are paragraphs marked as headings by the format (never turns). */
    public static Result detect(String text, List<Span> paragraphs, Set<Span> headings) {
        return detect(text, paragraphs, headings, null);
    }

    /**
     * As above; {@code speakers} overrides the detection: null detects, an empty list makes no
     * turns at all, otherwise exactly the labels named (case-insensitive) are speakers.
     */
    public static Result detect(String text, List<Span> paragraphs, Set<Span> headings, List<String> speakers) {
        int n = paragraphs.size();
        SpeakerLabel[] labels = new SpeakerLabel[n];
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            labels[i] = headings.contains(paragraphs.get(i))
                    ? null
                    : SpeakerLabel.parse(paragraphs.get(i).of(text));
            if (labels[i] != null && !labels[i].metadata()) {
                counts.merge(labels[i].name(), 1, Integer::sum);
            }
        }
        Role[] roles = speakers == null ? classify(labels, counts) : chosen(labels, speakers);
        Map<String, String> metadata = new LinkedHashMap<>();
        List<TextUnit> units = new ArrayList<>();
        String speaker = null;
        int turnStart = 0;
        int turnEnd = 0;
        Long turnMs = null;
        for (int i = 0; i < n; i++) {
            Span p = paragraphs.get(i);
            if (roles[i] == Role.TURN) {
                addTurn(units, speaker, turnStart, turnEnd, turnMs);
                speaker = labels[i].name();
                turnStart = p.start();
                turnEnd = p.end();
                turnMs = labels[i].startMs() != null ? labels[i].startMs() : SpeakerLabel.leadingTime(p.of(text));
            } else if (roles[i] == Role.PLAIN
                    && speaker != null
                    && !headings.contains(p)
                    && !isHeading(p.of(text))
                    && !isCaption(p.of(text))
                    && SpeakerLabel.leadingTime(p.of(text)) == null) { // a timestamped line is an utterance of its own
                turnEnd = p.end();
            } else {
                addTurn(units, speaker, turnStart, turnEnd, turnMs);
                speaker = null;
                if (roles[i] == Role.COVER && units.stream().noneMatch(u -> u.kind() == UnitKind.TURN)) {
                    metadata.putIfAbsent(labels[i].name(), labels[i].value());
                }
                units.add(new TextUnit(
                        units.size(),
                        UnitKind.PARAGRAPH,
                        null,
                        p.start(),
                        p.end(),
                        SpeakerLabel.leadingTime(p.of(text))));
            }
        }
        addTurn(units, speaker, turnStart, turnEnd, turnMs);
        return new Result(units, metadata);
    }

    /** The researcher's choice: only these labels open turns; every other label line is a paragraph. */
    private static Role[] chosen(SpeakerLabel[] labels, List<String> speakers) {
        Set<String> names = new java.util.HashSet<>();
        speakers.forEach(x -> names.add(x.strip().toLowerCase(java.util.Locale.ROOT)));
        Role[] roles = new Role[labels.length];
        for (int i = 0; i < labels.length; i++) {
            SpeakerLabel l = labels[i];
            roles[i] = l == null
                    ? Role.PLAIN
                    : names.contains(l.name().toLowerCase(java.util.Locale.ROOT)) ? Role.TURN : Role.REJECTED;
        }
        return roles;
    }

    /**
     * Fewest paragraphs for the density rule: in a text this long where labelled paragraphs are
     * fewer than one in {@link #SPARSE}, a label that recurs ("Говорю: ...", "Covid: ...") is
     * part of the text, not a speaker (known labels such as "Interviewer:" still are).
     */
    private static final int DENSITY_MIN_PARAGRAPHS = 20;

    private static final int SPARSE = 20;

    private static Role[] classify(SpeakerLabel[] labels, Map<String, Integer> counts) {
        Role[] roles = detected(labels, counts);
        long turns = java.util.Arrays.stream(roles).filter(r -> r == Role.TURN).count();
        if (labels.length >= DENSITY_MIN_PARAGRAPHS && turns * SPARSE < labels.length) {
            for (int i = 0; i < labels.length; i++) {
                if (roles[i] == Role.TURN && !labels[i].known()) {
                    roles[i] = Role.REJECTED;
                }
            }
        }
        return roles;
    }

    private static Role[] detected(SpeakerLabel[] labels, Map<String, Integer> counts) {
        Role[] roles = new Role[labels.length];
        Set<SpeakerLabel.Shape> accepted = EnumSet.noneOf(SpeakerLabel.Shape.class);
        boolean started = false;
        for (int i = 0; i < labels.length; i++) {
            SpeakerLabel l = labels[i];
            if (l == null) {
                roles[i] = Role.PLAIN;
            } else if (l.metadata()
                    || !started
                            && l.shape() != SpeakerLabel.Shape.OTHER
                            && (counts.get(l.name()) == 1 && l.shortValue()
                                    || l.nameValue()
                                    || continuesCover(roles, i, l, counts))) {
                roles[i] = Role.COVER;
            } else if (counts.get(l.name()) >= 2 || l.known()) {
                roles[i] = Role.TURN;
                accepted.add(l.shape());
                started = true;
            } else {
                roles[i] = Role.REJECTED;
            }
        }
        accepted.remove(SpeakerLabel.Shape.OTHER);
        if (!started) {
            // no conversation, so no cover block either: "Label: value" lines are ordinary text
            for (int i = 0; i < roles.length; i++) {
                roles[i] = roles[i] == Role.COVER ? Role.REJECTED : roles[i];
            }
        }
        for (int i = 0; i < labels.length; i++) {
            // a one-off label (a clerk, a bailiff) counts when it looks like the document's speakers
            if (roles[i] == Role.REJECTED && accepted.contains(labels[i].shape())) {
                roles[i] = Role.TURN;
            }
        }
        return roles;
    }

    /**
     * Before the conversation, a line under a cover-block line is metadata too when it is a one-off
     * label or carries a short value: "Интервьюер: Т. Р." and "Комментарий: ..." under "Дата: ...".
     */
    private static boolean continuesCover(Role[] roles, int i, SpeakerLabel l, Map<String, Integer> counts) {
        return i > 0
                && roles[i - 1] == Role.COVER
                && (counts.get(l.name()) == 1 || l.value().split("\\s+").length <= 4);
    }

    private static void addTurn(List<TextUnit> units, String speaker, int start, int end, Long ms) {
        if (speaker != null) {
            units.add(new TextUnit(units.size(), UnitKind.TURN, speaker, start, end, ms));
        }
    }

    /** A short line without closing punctuation that starts with a capital: a section heading. */
    static boolean isHeading(String paragraph) {
        return paragraph.length() <= 80
                && paragraph.indexOf('\n') < 0
                && paragraph.split("\\s+").length <= 8
                && Character.isUpperCase(paragraph.codePointAt(0))
                && !SENTENCE_END.matcher(paragraph).find();
    }

    static boolean isCaption(String paragraph) {
        return paragraph.length() <= 250
                && paragraph.indexOf('\n') < 0
                && CAPTION.matcher(paragraph).matches();
    }
}
