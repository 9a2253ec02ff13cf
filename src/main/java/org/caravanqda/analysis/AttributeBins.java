package org.caravanqda.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.caravanqda.model.AttributeType;

/**
 * Turns attribute values into matrix columns. Text and yes/no values are their own column;
 * numbers with more than {@link #FEW} distinct values fall into about {@code targetBins}
 * equal bins of a round width (ages 24..45 -> 20-24, 25-29, ...); dates by month within two
 * years, else by year. Documents without a value go to {@link #MISSING}.
 */
public record AttributeBins(List<String> labels, Function<Object, String> labelOf) {
    public static final String MISSING = "(no value)";
    static final int FEW = 6;

    public static AttributeBins of(AttributeType type, Collection<Object> values, int targetBins) {
        List<Object> present = values.stream().filter(Objects::nonNull).toList();
        boolean missing = present.size() < values.size();
        Function<Object, String> label = switch (type) {
            case NUMBER -> numberLabel(present.stream().map(v -> (Double) v).toList(), Math.max(1, targetBins));
            case DATE -> dateLabel(present.stream().map(v -> (LocalDate) v).toList());
            default -> String::valueOf;
        };
        Function<Object, String> withMissing = v -> v == null ? MISSING : label.apply(v);
        // order columns by their first value (numbers and dates in order, text alphabetically)
        TreeSet<Object> sorted = new TreeSet<>(AttributeBins::compare);
        sorted.addAll(present);
        List<String> labels = new ArrayList<>();
        for (Object v : sorted) {
            String l = label.apply(v);
            if (!labels.contains(l)) {
                labels.add(l);
            }
        }
        if (missing) {
            labels.add(MISSING);
        }
        return new AttributeBins(List.copyOf(labels), withMissing);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        return a.getClass() == b.getClass() && a instanceof Comparable
                ? ((Comparable) a).compareTo(b)
                : String.valueOf(a).compareTo(String.valueOf(b));
    }

    private static Function<Object, String> numberLabel(List<Double> values, int targetBins) {
        if (values.stream().distinct().count() <= FEW) {
            return v -> plain((Double) v);
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double width = roundWidth((max - min) / targetBins);
        boolean whole = values.stream().allMatch(v -> v == Math.rint(v)) && width == Math.rint(width);
        return v -> {
            double low = Math.floor((Double) v / width) * width;
            return whole
                    ? plain(low) + "-" + plain(low + width - 1)
                    : "[" + plain(low) + ", " + plain(low + width) + ")";
        };
    }

    /** The smallest of 1, 2, 2.5, 5 x 10^k at least {@code raw}. */
    static double roundWidth(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= raw - 1e-9) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static Function<Object, String> dateLabel(List<LocalDate> values) {
        LocalDate min = values.stream().min(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        LocalDate max = values.stream().max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        boolean byMonth = ChronoUnit.MONTHS.between(min.withDayOfMonth(1), max.withDayOfMonth(1)) < 24;
        return v -> byMonth ? ((LocalDate) v).toString().substring(0, 7) : String.valueOf(((LocalDate) v).getYear());
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
