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

    /** WCAG 2 relative luminance of a colour (0 black .. 1 white). */
    public static double luminance(String hex) {
        int[] rgb = rgb(hex);
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** WCAG 2 contrast ratio of two colours (1 .. 21). */
    public static double contrast(String hexA, String hexB) {
        double a = luminance(hexA);
        double b = luminance(hexB);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** Minimum contrast of text on its background, WCAG AA for normal text. */
    public static final double TEXT_CONTRAST = 4.5;

    /**
     * The colour to write a code's name in on {@code background}: the code's colour itself when it
     * reads well enough (contrast at least 4.5:1), else the same hue darkened step by step until it does.
     */
    public static String textOn(String hex, String background) {
        String c = safe(hex).toLowerCase(java.util.Locale.ROOT);
        for (int step = 0; step < 40 && contrast(c, background) < TEXT_CONTRAST; step++) {
            c = mix(c, "#000000", 0.08);
        }
        return c;
    }

    /** {@code share} (0..1) of {@code other} mixed into {@code hex}. */
    public static String mix(String hex, String other, double share) {
        int[] a = rgb(hex);
        int[] b = rgb(other);
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = (int) Math.round(a[i] * (1 - share) + b[i] * share);
        }
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", out[0], out[1], out[2]);
    }

    /**
     * Shades that tell apart codes drawn in the same colour (sub-codes that kept their parent's
     * colour, say): the first code (in path order) keeps the colour, the others get it darker or
     * lighter in turn. Keys are code ids; codes whose colour no other code shares keep it.
     */
    public static java.util.Map<Long, String> shades(List<CodingMark> marks) {
        java.util.Map<String, java.util.TreeMap<String, Long>> byColor = new java.util.HashMap<>();
        for (CodingMark m : marks) {
            byColor.computeIfAbsent(safe(m.color()).toLowerCase(java.util.Locale.ROOT), k -> new java.util.TreeMap<>())
                    .put(m.codePath(), m.codeId());
        }
        double[] steps = {0, -0.3, 0.35, -0.5, 0.55, -0.15, 0.2};
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        byColor.forEach((color, codes) -> {
            int i = 0;
            for (long id : codes.values()) {
                double step = steps[i++ % steps.length];
                out.put(id, step < 0 ? mix(color, "#000000", -step) : mix(color, "#ffffff", step));
            }
        });
        return out;
    }
}
