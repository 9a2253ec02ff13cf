package org.caravanqda.app.attributes;

import java.time.LocalDate;
import java.util.Locale;
import org.caravanqda.analysis.AttributeTyping;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.model.AttributeType;

/**
 * Typed attribute values as people type and read them: what a cell of the attribute table
 * accepts, and the text it shows (as {@code caravan documents} prints them: whole numbers without
 * ".0", dates as yyyy-mm-dd, yes/no values as true/false).
 */
public final class AttributeValues {
    private AttributeValues() {}

    /** The value typed for an attribute of {@code type} (null for a blank), or a message saying what fits. */
    public static Object parse(String attribute, AttributeType type, String raw) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > 4000) {
            throw new CaravanException("an attribute value has at most 4000 characters; nothing was changed");
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new CaravanException(
                    "an attribute value is one line without control characters; nothing was changed");
        }
        Object typed = AttributeTyping.parse(type, v);
        if (typed == null) {
            throw new CaravanException(String.format(
                    Locale.ROOT,
                    "'%s' is not %s: %s is a %s attribute (%s); nothing was changed",
                    v,
                    switch (type) {
                        case NUMBER -> "a number";
                        case DATE -> "a date";
                        case BOOLEAN -> "yes or no";
                        case TEXT -> "text";
                    },
                    attribute,
                    type.label(),
                    switch (type) {
                        case NUMBER -> "e.g. 34 or 2.5";
                        case DATE -> "e.g. 2024-03-15 or 15.03.2024";
                        case BOOLEAN -> "true/false, yes/no or да/нет";
                        case TEXT -> "any line";
                    }));
        }
        return typed;
    }

    /** The value as the table and {@code caravan documents} show it; "" for none. */
    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        if (v instanceof LocalDate date) {
            return date.toString();
        }
        return v.toString();
    }

    /** An attribute's name as stored: stripped, not blank, one line, at most 200 characters. */
    public static String checkedName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new CaravanException("an attribute needs a name; nothing was changed");
        }
        if (name.length() > 200 || name.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new CaravanException("an attribute name is one line of at most 200 characters; nothing was changed");
        }
        return name;
    }

    /** The type a person names: text, number, date, or yes/no (boolean). */
    public static AttributeType type(String raw) {
        String t = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "text" -> AttributeType.TEXT;
            case "number" -> AttributeType.NUMBER;
            case "date" -> AttributeType.DATE;
            case "yes/no", "boolean", "yes-no" -> AttributeType.BOOLEAN;
            default ->
                throw new CaravanException(
                        "unknown attribute type '" + raw + "' (use text, number, date or yes/no); nothing was changed");
        };
    }

    /** The name {@link #type(String)} reads back. */
    public static String typeName(AttributeType type) {
        return type == AttributeType.BOOLEAN ? "yes/no" : type.label();
    }
}
