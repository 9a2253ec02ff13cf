package org.caravanqda.io.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker-label candidate at the start of a paragraph ({@code Name:}, {@code [Name]},
 * optionally after a timestamp such as {@code [00:12:31]}). Whether it really is a speaker is
 * decided by {@link SpeakerTurns}, which sees the whole document.
 */
record SpeakerLabel(String name, String value, Long startMs) {

    /** The look of a label; a one-off label is a speaker only if it looks like the accepted ones. */
    enum Shape { INITIAL, CAPS, WORD, NAME, NUMBERED, OTHER }

    private static final Pattern LABEL = Pattern.compile(
            "^(?:[\\[(]?(?<h>\\d{1,2}):(?<m>\\d{2})(?::(?<s>\\d{2}))?(?:[.,]\\d{1,3})?[\\])]?[ \\t]*)?"
                    + "(?:\\[(?<b>\\p{L}[^\\]\\n]{0,39})\\][ \\t]*:?"
                    + "|(?<n>\\p{L}[\\p{L}\\p{M}\\p{N}.'’ʼ\\- ]{0,39}?)[ \\t]?:(?![:/\\d]))");

    /** Interviewer/respondent labels in ru, en, kk, ky, uz, lower-cased, without the final dot. */
    private static final Set<String> KNOWN = Set.copyOf(java.util.List.of(
            "и", "р", "инт", "интервьюер", "интервьюируемый", "респондент", "рес", "респ", "инф", "информант",
            "собеседник", "соб", "вопрос", "ответ", "в", "о", "исследователь", "модератор", "участник",
            "interviewer", "interviewee", "respondent", "informant", "participant", "moderator", "narrator",
            "int", "resp", "q", "a", "i", "r", "question", "answer",
            "сұхбат алушы", "сұхбаттасушы", "сұхбат беруші", "жауап беруші", "сұрақ", "жауап",
            "маек алуучу", "маектешүүчү", "маек берүүчү", "суроо", "жооп",
            "intervyuer", "intervyu oluvchi", "suhbatdosh", "respondent", "savol", "javob",
            "интервьюер", "суҳбатдош", "савол", "жавоб"));

    /** Labels of metadata lines (cover blocks); never speakers. Matched on the first word(s). */
    private static final Set<String> METADATA = Set.of(
            "date", "place", "location", "time", "duration", "length", "note", "notes", "source", "title",
            "subject", "topic", "transcriber", "transcribed", "transcription", "recorded", "recording",
            "file", "image", "photo", "keywords", "language", "persons", "present", "project", "interview",
            "дата", "место", "время", "длительность", "продолжительность", "примечание", "тема", "язык",
            "источник", "фото", "файл", "расшифровка", "расшифровал", "расшифровала", "запись", "проект",
            "комментарий", "комментарии", "формат", "город", "comment", "comments", "format", "city",
            "күні", "орны", "куну", "орду", "sana", "joy", "vaqt");

    /** Events in brackets that are not speakers. */
    private static final Set<String> EVENTS = Set.of("crosstalk", "laughter", "laughs", "inaudible", "pause",
            "silence", "applause", "music", "смех", "пауза", "неразборчиво", "смеется", "смеётся", "тишина");

    /** The label at the start of {@code paragraph}, or null. */
    static SpeakerLabel parse(String paragraph) {
        Matcher m = LABEL.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        String name = (m.group("b") != null ? m.group("b") : m.group("n")).strip();
        if (name.isEmpty() || name.split("\\s+").length > 4
                || EVENTS.contains(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        Long ms = null;
        if (m.group("h") != null) {
            long a = Long.parseLong(m.group("h"));
            long b = Long.parseLong(m.group("m"));
            ms = m.group("s") == null ? (a * 60 + b) * 1000 : ((a * 60 + b) * 60 + Long.parseLong(m.group("s"))) * 1000;
        }
        return new SpeakerLabel(name, paragraph.substring(m.end()).strip(), ms);
    }

    boolean known() {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return KNOWN.contains(key.replaceAll("\\s*\\d+$", ""));
    }

    boolean metadata() {
        String first = name.toLowerCase(Locale.ROOT).split("[\\s.]+")[0];
        return METADATA.contains(first);
    }

    /** A value like "Jane Doe" or "16/10/2014": short and not a sentence, as in a cover block. */
    boolean shortValue() {
        return value.length() <= 60 && value.split("\\s+").length <= 6 && !value.matches("(?s).*[.?!…]$");
    }

    /** A value that is a person's name ("Jane Doe", "Иванова А. А."), as after "Interviewer:" in a cover block. */
    boolean nameValue() {
        String[] words = value.split("\\s+");
        if (value.isEmpty() || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!w.matches("\\p{Lu}[\\p{L}\\p{M}'’\\-]*,?|(?:\\p{Lu}\\.)+")) {
                return false;
            }
        }
        return true;
    }

    Shape shape() {
        String[] words = name.split("\\s+");
        if (words.length == 1 && name.matches("\\p{L}{1,3}\\.?") && !name.matches("\\p{Lu}\\p{Ll}{2}")) {
            return Shape.INITIAL;
        }
        if (name.matches("[\\p{L}\\s]*\\p{L}[\\p{L}\\s]*\\s\\d+|\\p{L}{1,3}\\d+")) {
            return Shape.NUMBERED;
        }
        if (name.matches("[\\p{Lu}\\p{M}.'’\\- ]+") && name.codePoints().filter(Character::isLetter).count() >= 2) {
            return Shape.CAPS;
        }
        if (words.length == 1 && name.matches("\\p{Lu}[\\p{L}\\p{M}'’ʼ\\-]+")) {
            return Shape.WORD;
        }
        for (String w : words) {
            if (!w.matches("\\p{Lu}[\\p{L}\\p{M}'’ʼ\\-]*\\.?")) {
                return Shape.OTHER;
            }
        }
        return Shape.NAME;
    }
}
