package org.caravanqda.model;

import java.util.Arrays;
import java.util.List;

/** A code's position in the tree: names joined by '/', e.g. {@code Exit as voice/Silent protest}. */
public record CodePath(List<String> names) {
    public static final String SEPARATOR = "/";

    public CodePath {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("empty code path");
        }
    }

    public static CodePath parse(String path) {
        List<String> parts = Arrays.stream(path.split(SEPARATOR))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("empty code path: '" + path + "'");
        }
        return new CodePath(parts);
    }

    public String leaf() {
        return names.get(names.size() - 1);
    }

    public int depth() {
        return names.size();
    }

    @Override
    public String toString() {
        return String.join(SEPARATOR, names);
    }
}
