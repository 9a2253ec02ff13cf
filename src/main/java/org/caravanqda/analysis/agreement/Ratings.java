package org.caravanqda.analysis.agreement;

import java.util.HashMap;
import java.util.Map;

/**
 * Reliability data in Krippendorff's sense: for every unit, each coder's value (a category
 * index, or {@link #MISSING}). Units with the same values are stored once with a weight, so a
 * million identical characters cost one map entry.
 */
public final class Ratings {
    public static final int MISSING = -1;
    private final int coders;
    private final int categories;
    private final Map<Long, Long> weights = new HashMap<>();

    public Ratings(int coders, int categories) {
        if (coders < 2 || categories < 1) {
            throw new IllegalArgumentException("ratings need two coders and a category");
        }
        if (coders * (64 - Long.numberOfLeadingZeros(categories)) > 62) {
            throw new IllegalArgumentException(
                    coders + " coders x " + categories + " categories is too many to compare at once");
        }
        this.coders = coders;
        this.categories = categories;
    }

    public int coders() {
        return coders;
    }

    public int categories() {
        return categories;
    }

    /** Adds {@code weight} units on which coder i gave {@code values[i]}. */
    public void add(int[] values, long weight) {
        if (weight <= 0) {
            return;
        }
        long key = 0;
        for (int i = coders - 1; i >= 0; i--) {
            int v = values[i];
            if (v < MISSING || v >= categories) {
                throw new IllegalArgumentException("value " + v + " outside 0.." + (categories - 1));
            }
            key = key * (categories + 1) + (v + 1);
        }
        weights.merge(key, weight, Long::sum);
    }

    public void addAll(Ratings other) {
        if (other.coders != coders || other.categories != categories) {
            throw new IllegalArgumentException("ratings of different shapes");
        }
        other.weights.forEach((k, w) -> weights.merge(k, w, Long::sum));
    }

    /** Calls back once per distinct pattern of values; the array is reused between calls. */
    public void forEach(PatternConsumer consumer) {
        int[] values = new int[coders];
        for (Map.Entry<Long, Long> e : weights.entrySet()) {
            long key = e.getKey();
            for (int i = 0; i < coders; i++) {
                values[i] = (int) (key % (categories + 1)) - 1;
                key /= categories + 1;
            }
            consumer.accept(values, e.getValue());
        }
    }

    @FunctionalInterface
    public interface PatternConsumer {
        void accept(int[] values, long weight);
    }
}
