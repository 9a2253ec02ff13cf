package org.caravanqda.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A code's position in the tree: names joined by '/', e.g. {@code Exit as voice/Silent protest}. A name
 * may itself hold a '/' (e.g. {@code Negativ/Aufgeregt} from MAXQDA): in a path it is written {@code \/},
 * and a backslash in a name {@code \\}, so {@code Emotion/Negativ\/Aufgeregt} is the code
 * "Negativ/Aufgeregt" under "Emotion". A backslash before any other character stays as it is.
 */
public record CodePath(List<String> names) {
    public static final String SEPARATOR = "/";

    public CodePath {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("empty code path");
        }
    }

    public static CodePath parse(String path) {
        List<String> parts = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length() && (path.charAt(i + 1) == '/' || path.charAt(i + 1) == '\\')) {
                name.append(path.charAt(++i));
            } else if (c == '/') {
                add(parts, name);
            } else {
                name.append(c);
            }
        }
        add(parts, name);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("empty code path: '" + path + "'");
        }
        return new CodePath(parts);
    }

    private static void add(List<String> parts, StringBuilder name) {
        String s = name.toString().strip();
        if (!s.isEmpty()) {
            parts.add(s);
        }
        name.setLength(0);
    }

    /** One name as it is written in a path: '/' as {@code \/}, a backslash as {@code \\}. */
    public static String escape(String name) {
        return name.replace("\\", "\\\\").replace("/", "\\/");
    }

    /** The path of a child named {@code name} under the parent path {@code parent} (already escaped), or a top-level one. */
    public static String child(String parent, String name) {
        return parent == null ? escape(name) : parent + SEPARATOR + escape(name);
    }

    /** The parent's path as written (escaped), or null for a top-level code. */
    public String parent() {
        return names.size() == 1 ? null : new CodePath(names.subList(0, names.size() - 1)).toString();
    }

    public String leaf() {
        return names.get(names.size() - 1);
    }

    public int depth() {
        return names.size();
    }

    @Override
    public String toString() {
        return String.join(SEPARATOR, names.stream().map(CodePath::escape).toList());
    }
}
