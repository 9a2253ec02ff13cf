package org.caravanqda.app.codebook;

import java.util.List;
import java.util.UUID;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.Code;
import org.caravanqda.model.CodeDraft;
import org.caravanqda.model.CodePath;
import org.caravanqda.model.Codebook;

/** Merges a code tree into the stored codebook: codes are matched by path. */
public final class CodebookMerge {
    private static final String[] PALETTE = {
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"
    };

    private CodebookMerge() {}

    public static CodebookImport merge(StoreSession s, List<CodeDraft> roots) {
        int[] counts = new int[2];
        for (CodeDraft d : roots) {
            try {
                merge(s, d, null, List.of(), counts);
            } catch (IllegalArgumentException e) {
                throw new CaravanException("cannot import the codebook: " + e.getMessage(), e);
            }
        }
        return new CodebookImport(counts[0], counts[1]);
    }

    private static void merge(StoreSession s, CodeDraft d, Long parentId, List<String> parentPath, int[] counts) {
        List<String> pathNames = new java.util.ArrayList<>(parentPath);
        pathNames.add(d.name().strip());
        Codebook book = s.codes().codebook();
        Code existing = book.byPath(new CodePath(pathNames)).orElse(null);
        long id;
        if (existing == null) {
            int order = (int) book.codes().stream()
                    .filter(c -> java.util.Objects.equals(c.parentId(), parentId))
                    .count();
            String guid = d.guid() == null || guidTaken(book, d.guid())
                    ? UUID.randomUUID().toString()
                    : d.guid();
            String color = d.color() == null ? PALETTE[book.size() % PALETTE.length] : d.color();
            id = s.codes()
                    .insert(new Code(
                            0,
                            guid,
                            parentId,
                            d.name().strip(),
                            color,
                            d.definition(),
                            d.inclusion(),
                            d.exclusion(),
                            d.example(),
                            d.codable(),
                            order));
            counts[0]++;
        } else {
            id = existing.id();
            s.codes()
                    .update(new Code(
                            id,
                            existing.guid(),
                            parentId,
                            existing.name(),
                            or(d.color(), existing.color()),
                            or(d.definition(), existing.definition()),
                            or(d.inclusion(), existing.inclusion()),
                            or(d.exclusion(), existing.exclusion()),
                            or(d.example(), existing.example()),
                            d.codable(),
                            existing.sortOrder()));
            counts[1]++;
        }
        for (CodeDraft child : d.children()) {
            merge(s, child, id, pathNames, counts);
        }
    }

    private static boolean guidTaken(Codebook book, String guid) {
        return book.codes().stream().anyMatch(c -> c.guid().equalsIgnoreCase(guid));
    }

    private static String or(String a, String b) {
        return a == null || a.isBlank() ? b : a;
    }
}
