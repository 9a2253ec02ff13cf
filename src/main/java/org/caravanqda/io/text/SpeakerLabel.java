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
    enum Shape {
        INITIAL,
        CAPS,
        WORD,
        NAME,
        NUMBERED,
        OTHER
    }

    // compiled once: labels are checked for every paragraph of every imported file
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_OR_DOTS = Pattern.compile("[\\s.]+");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("\\s*\\d+$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.?!…]$");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’\\-]*,?|(?:\\p{Lu}\\.)+");
    private static final Pattern INITIAL = Pattern.compile("\\p{L}{1,3}\\.?");
    private static final Pattern THREE_LETTER_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{2}");
    /** "Respondent 2", "R2", and diarisation's "SPEAKER_00" (WhisperX, pyannote). */
    private static final Pattern NUMBERED =
            Pattern.compile("[\\p{L}\\s]*\\p{L}[\\p{L}\\s]*\\s\\d+|\\p{L}{1,3}\\d+|\\p{L}+_\\d+");

    private static final Pattern CAPS = Pattern.compile("[\\p{Lu}\\p{M}.'’\\- ]+");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’ʼ\\-]+");
    private static final Pattern LABEL_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’ʼ\\-]*\\.?");
    private static final Pattern LABEL =
            Pattern.compile("^(?:[\\[(]?(?<h>\\d{1,2}):(?<m>\\d{2})(?::(?<s>\\d{2}))?(?:[.,]\\d{1,3})?[\\])]?[ \\t]*)?"
                    + "(?:\\[(?<b>\\p{L}[^\\]\\n]{0,39})\\][ \\t]*:?"
                    + "|(?<n>\\p{L}[\\p{L}\\p{M}\\p{N}_.'’ʼ\\- ]{0,39}?)[ \\t]?:(?![:/\\d]))");

    /** Interviewer/respondent labels in ru, en, kk, ky, uz, lower-cased, without the final dot. */
    private static final Set<String> KNOWN = Set.copyOf(java.util.List.of(
            "и",
            "р",
            "инт",
            "интервьюер",
            "интервьюируемый",
            "респондент",
            "рес",
            "респ",
            "инф",
            "информант",
            "собеседник",
            "соб",
            "вопрос",
            "ответ",
            "в",
            "о",
            "исследователь",
            "модератор",
            "участник",
            "interviewer",
            "interviewee",
            "respondent",
            "informant",
            "participant",
            "moderator",
            "narrator",
            "int",
            "resp",
            "q",
            "a",
            "i",
            "r",
            "question",
            "answer",
            "сұхбат алушы",
            "сұхбаттасушы",
            "сұхбат беруші",
            "жауап беруші",
            "сұрақ",
            "жауап",
            "маек алуучу",
            "маектешүүчү",
            "маек берүүчү",
            "суроо",
            "жооп",
            "intervyuer",
            "intervyu oluvchi",
            "suhbatdosh",
            "respondent",
            "savol",
            "javob",
            "интервьюер",
            "суҳбатдош",
            "савол",
            "жавоб"));

    /** Labels of metadata lines (cover blocks); never speakers. Matched on the first word(s). */
    private static final Set<String> METADATA = Set.of(
            "date",
            "place",
            "location",
            "time",
            "duration",
            "length",
            "note",
            "notes",
            "source",
            "title",
            "subject",
            "topic",
            "transcriber",
            "transcribed",
            "transcription",
            "recorded",
            "recording",
            "file",
            "image",
            "photo",
            "keywords",
            "language",
            "persons",
            "present",
            "project",
            "interview",
            "abstract",
            "level",
            "orcid",
            "doi",
            "email",
            "e-mail",
            "affiliation",
            "author",
            "authors",
            "received",
            "accepted",
            "published",
            "figure",
            "fig",
            "table",
            "section",
            "chapter",
            "step",
            "url",
            "website",
            "tel",
            "phone",
            "covid",
            "covid-19",
            "аннотация",
            "автор",
            "авторы",
            "уровень",
            "ключевые",
            "рисунок",
            "таблица",
            "глава",
            "раздел",
            "дата",
            "место",
            "время",
            "длительность",
            "продолжительность",
            "примечание",
            "тема",
            "язык",
            "источник",
            "фото",
            "файл",
            "расшифровка",
            "расшифровал",
            "расшифровала",
            "запись",
            "проект",
            "комментарий",
            "комментарии",
            "формат",
            "город",
            "comment",
            "comments",
            "format",
            "city",
            "күні",
            "орны",
            "куну",
            "орду",
            "sana",
            "joy",
            "vaqt");

    /** Events in brackets that are not speakers. */
    private static final Set<String> EVENTS = Set.of(
            "crosstalk",
            "laughter",
            "laughs",
            "inaudible",
            "pause",
            "silence",
            "applause",
            "music",
            "смех",
            "пауза",
            "неразборчиво",
            "смеется",
            "смеётся",
            "тишина");

    /** A timestamp that leads a line: {@code [00:01:23]}, {@code 00:01:23}, {@code (01:23)}, {@code 1:02:03.500}. */
    private static final Pattern TIME = Pattern.compile(
            "^[\\[(]?(?<h>\\d{1,2}):(?<m>\\d{2})(?::(?<s>\\d{2}))?(?:[.,]\\d{1,3})?[\\])]?(?=[\\s:\\-–—]|$)");

    /** The time in milliseconds of the timestamp that opens {@code paragraph}, or null. */
    static Long leadingTime(String paragraph) {
        Matcher m = TIME.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        long a = Long.parseLong(m.group("h"));
        long b = Long.parseLong(m.group("m"));
        if (m.group("s") == null) {
            return b < 60 ? (a * 60 + b) * 1000 : null; // mm:ss
        }
        long c = Long.parseLong(m.group("s"));
        return b < 60 && c < 60 ? ((a * 60 + b) * 60 + c) * 1000 : null;
    }

    /** The label at the start of {@code paragraph}, or null. */
    static SpeakerLabel parse(String paragraph) {
        Matcher m = LABEL.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        String name = (m.group("b") != null ? m.group("b") : m.group("n")).strip();
        if (name.isEmpty() || SPACES.split(name).length > 4 || EVENTS.contains(name.toLowerCase(Locale.ROOT))) {
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
        return KNOWN.contains(TRAILING_NUMBER.matcher(key).replaceAll(""));
    }

    boolean metadata() {
        String first = SPACES_OR_DOTS.split(name.toLowerCase(Locale.ROOT))[0];
        return METADATA.contains(first);
    }

    /** A value like "Jane Doe" or "16/10/2014": short and not a sentence, as in a cover block. */
    boolean shortValue() {
        return value.length() <= 60
                && SPACES.split(value).length <= 6
                && !SENTENCE_END.matcher(value).matches();
    }

    /** A value that is a person's name ("Jane Doe", "Иванова А. А."), as after "Interviewer:" in a cover block. */
    boolean nameValue() {
        String[] words = SPACES.split(value);
        if (value.isEmpty() || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    Shape shape() {
        String[] words = SPACES.split(name);
        if (words.length == 1
                && INITIAL.matcher(name).matches()
                && !THREE_LETTER_NAME.matcher(name).matches()) {
            return Shape.INITIAL;
        }
        if (NUMBERED.matcher(name).matches()) {
            return Shape.NUMBERED;
        }
        if (CAPS.matcher(name).matches()
                && name.codePoints().filter(Character::isLetter).count() >= 2) {
            return Shape.CAPS;
        }
        if (words.length == 1 && CAPITALISED.matcher(name).matches()) {
            return Shape.WORD;
        }
        for (String w : words) {
            if (!LABEL_WORD.matcher(w).matches()) {
                return Shape.OTHER;
            }
        }
        return Shape.NAME;
    }
}
