package org.caravanqda.model;

/** Rules for document names: the imported file's name, with its extension. */
public final class DocumentNames {
    private DocumentNames() {}

    public static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
