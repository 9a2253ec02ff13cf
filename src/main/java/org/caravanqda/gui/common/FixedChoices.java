package org.caravanqda.gui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Choice boxes over a fixed set of values, shown by a label (nothing is typed back). */
public final class FixedChoices {
    private FixedChoices() {}

    /** Shows a choice by its label; {@code fromString} is never needed for a fixed choice. */
    public static <T> StringConverter<T> labelled(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
