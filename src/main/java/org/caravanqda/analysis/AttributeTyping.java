package org.caravanqda.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.caravanqda.model.AttributeType;

/** Infers an attribute column's type from its values and parses values of that type. */
public final class AttributeTyping {
    private static final Set<String> TRUE = Set.of("true", "yes", "y", "да");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "нет");
    /** The only words that make a column boolean: yes/no, да/нет are labels the researcher chose and stay text. */
    private static final Set<String> LOGICAL = Set.of("true", "false");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd.MM.uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"));

    private AttributeTyping() {}

    /**
     * The narrowest type all non-blank values fit; booleans need true/false (0/1 columns are numbers;
     * yes/no and да/нет columns are text, so tables and queries keep the researcher's labels).
     */
    public static AttributeType infer(List<String> values) {
        List<String> present = values.stream()
                .map(v -> v == null ? "" : v.strip())
                .filter(v -> !v.isEmpty())
                .toList();
        if (present.isEmpty()) {
            return AttributeType.TEXT;
        }
        if (present.stream().allMatch(v -> number(v) != null)) {
            return AttributeType.NUMBER;
        }
        if (present.stream().allMatch(v -> date(v) != null)) {
            return AttributeType.DATE;
        }
        if (present.stream().allMatch(v -> LOGICAL.contains(v.toLowerCase(Locale.ROOT)))) {
            return AttributeType.BOOLEAN;
        }
        return AttributeType.TEXT;
    }

    /** The typed value (String, Double, LocalDate, Boolean), or null for a blank cell. */
    public static Object parse(AttributeType type, String raw) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            return null;
        }
        return switch (type) {
            case TEXT -> v;
            case NUMBER -> number(v);
            case DATE -> date(v);
            case BOOLEAN -> bool(v);
        };
    }

    static Double number(String v) {
        try {
            double d = Double.parseDouble(v.replace(',', '.'));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate date(String v) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException e) {
                // next pattern
            }
        }
        return null;
    }

    /** true for true/yes/y/да, false for false/no/n/нет, otherwise null (queries on boolean attributes). */
    public static Boolean bool(String v) {
        String l = v.toLowerCase(Locale.ROOT);
        if (TRUE.contains(l)) {
            return true;
        }
        if (FALSE.contains(l)) {
            return false;
        }
        return null;
    }
}
