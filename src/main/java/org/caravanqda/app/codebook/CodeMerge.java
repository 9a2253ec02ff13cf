package org.caravanqda.app.codebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caravanqda.app.access.Changes;
import org.caravanqda.app.access.CodeLookup;
import org.caravanqda.app.access.Coders;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.Code;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coding;

/**
 * Merges one code into another, as NVivo and MAXQDA do: the source's codings go to the target
 * (a coding the same coder already has on the target at the same place is not kept twice), its
 * sub-codes move under the target, and the source code is deleted. One change_log entry names
 * the documents whose codings changed, so the search index refreshes just those.
 */
final class CodeMerge {
    private CodeMerge() {}

    static String merge(StoreSession s, String sourcePath, String targetPath, String coder) {
        Codebook book = s.codes().codebook();
        Code source = CodeLookup.find(book, sourcePath);
        Code target = CodeLookup.find(book, targetPath);
        if (source.id() == target.id()) {
            throw new CaravanException("cannot merge a code into itself");
        }
        if (book.subtree(source).contains(target)) {
            throw new CaravanException("cannot merge '" + book.path(source) + "' into one of its own sub-codes");
        }
        CodebookEdits.claim(s, book, source, null);
        CodebookEdits.claim(s, book, target, null);
        List<Coding> moving = s.codings().find(new CodingFilter(null, Set.of(source.id()), null));
        Set<String> existing = s.codings().find(new CodingFilter(null, Set.of(target.id()), null)).stream()
                .map(CodeMerge::place)
                .collect(Collectors.toSet());
        int duplicates = 0;
        for (Coding c : moving) {
            if (existing.contains(place(c))) {
                s.codings().delete(c.id());
                duplicates++;
            }
        }
        int moved = s.codings().reassign(source.id(), target.id());
        for (Code child : book.childrenOf(source)) {
            CodebookEdits.move(s, book.path(child).toString(), book.path(target).toString(), coder);
        }
        s.codes().delete(source.id());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("code", source.id());
        payload.put("path", book.path(source).toString());
        payload.put("into", book.path(target).toString());
        payload.put("codings", moved);
        payload.put("duplicatesDropped", duplicates);
        payload.put(
                "documents", moving.stream().map(Coding::documentId).distinct().toList());
        Changes.record(s, Coders.nameOrDefault(coder), ChangeAction.CODE_MERGE, payload);
        return book.path(target).toString();
    }

    private static String place(Coding c) {
        return c.documentId() + ":" + c.coder() + ":" + c.start() + ":" + c.end();
    }
}
