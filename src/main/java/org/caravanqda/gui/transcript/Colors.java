package org.caravanqda.gui.transcript;

import java.util.List;

/** CSS colours for highlights: code colours blended and made translucent so the text stays readable. */
public final class Colors {
    /** Pale backgrounds that tell speakers apart; the first speaker (usually the interviewer) gets grey-blue. */
    static final String[] SPEAKER_BACKGROUNDS = {"#f1f4f9", "#ffffff", "#f7f3fb", "#f2f9f4", "#fbf7ef"};

    static final String[] SPEAKER_NAMES = {"#4a5a78", "#8a3b12", "#6b3fa0", "#2f7a48", "#8a6d1f"};

    private Colors() {}

    /** Background for a segment covered by these codes: their average colour, more opaque where codings overlap. */
    public static String highlight(List<String> hexColors) {
        int r = 0;
        int g = 0;
        int b = 0;
        for (String c : hexColors) {
            int[] rgb = rgb(c);
            r += rgb[0];
            g += rgb[1];
            b += rgb[2];
        }
        int n = hexColors.size();
        double alpha = n == 1 ? 0.26 : Math.min(0.5, 0.26 + 0.1 * (n - 1));
        return String.format(java.util.Locale.ROOT, "rgba(%d,%d,%d,%.2f)", r / n, g / n, b / n, alpha);
    }

    public static int[] rgb(String hex) {
        String h = hex == null || !hex.matches("#[0-9a-fA-F]{6}") ? "#888888" : hex;
        return new int[] {
            Integer.parseInt(h.substring(1, 3), 16),
            Integer.parseInt(h.substring(3, 5), 16),
            Integer.parseInt(h.substring(5, 7), 16)
        };
    }

    public static String safe(String hex) {
        return hex == null || !hex.matches("#[0-9a-fA-F]{6}") ? "#888888" : hex;
    }
}
