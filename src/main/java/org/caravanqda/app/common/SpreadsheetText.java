package org.caravanqda.app.common;

/**
 * Text bound for a CSV file that a spreadsheet may open. Text starting like a formula (= + - @,
 * a tab or a carriage return) gets a leading apostrophe, as OWASP advises against CSV injection:
 * a transcript line, a code name or an attribute value must never run as a formula in Excel or
 * LibreOffice. Shared by the CSV export (io/csv) and {@code caravan table --format csv} (cli).
 */
public final class SpreadsheetText {
    private SpreadsheetText() {}

    public static String literal(String text) {
        return startsLikeFormula(text) ? "'" + text : text;
    }

    public static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
