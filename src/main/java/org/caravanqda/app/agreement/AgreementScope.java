package org.caravanqda.app.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.caravanqda.app.access.CodeLookup;
import org.caravanqda.app.access.DocumentLookup;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.Code;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;

/**
 * Resolves a request against the store: the coders (which must exist), their codings, the
 * compared documents and the compared codes. Every bad name is refused with a clear message.
 */
record AgreementScope(
        List<String> coders,
        List<Coding> codings,
        Map<Document, boolean[]> documents,
        List<Code> rows,
        Code domain,
        boolean explicitDocuments) {

    static AgreementScope resolve(StoreSession s, AgreementRequest r) {
        List<String> coders = coders(s, r.coders());
        List<Coding> codings = new ArrayList<>();
        for (String coder : coders) {
            codings.addAll(s.codings().find(new CodingFilter(null, null, coder)));
        }
        Codebook book = s.codes().codebook();
        if (r.domain() != null && !r.codes().isEmpty()) {
            throw new CaravanException("give either --domain or --code, not both");
        }
        Code domain = r.domain() == null ? null : CodeLookup.find(book, r.domain());
        List<Code> explicitCodes = new ArrayList<>(new LinkedHashSet<>(
                r.codes().stream().map(p -> CodeLookup.find(book, p)).toList()));
        Map<Document, boolean[]> documents = documents(s, r.documents(), coders, codings);
        List<Code> rows;
        if (domain != null) {
            rows = book.childrenOf(domain);
            if (rows.size() < 2) {
                throw new CaravanException("the domain '" + book.path(domain)
                        + "' needs at least two child codes to choose" + " between; it has " + rows.size());
            }
        } else if (!explicitCodes.isEmpty()) {
            rows = explicitCodes;
        } else {
            Set<Long> docIds = new HashSet<>();
            documents.keySet().forEach(d -> docIds.add(d.id()));
            Set<Long> applied = new HashSet<>();
            codings.stream().filter(c -> docIds.contains(c.documentId())).forEach(c -> applied.add(c.codeId()));
            rows = book.inTreeOrder().stream()
                    .filter(c -> applied.contains(c.id()))
                    .toList();
        }
        return new AgreementScope(
                coders, codings, documents, rows, domain, !r.documents().isEmpty());
    }

    private static List<String> coders(StoreSession s, List<String> names) {
        List<String> coders = new ArrayList<>(new LinkedHashSet<>(
                names.stream().map(String::strip).filter(n -> !n.isEmpty()).toList()));
        if (coders.size() < 2) {
            throw new CaravanException("agreement needs at least two different coders (--coders A,B); got "
                    + (coders.isEmpty() ? "none" : String.join(", ", coders)));
        }
        for (String c : coders) {
            if (s.coders().byName(c).isEmpty()) {
                throw new CaravanException("unknown coder '" + c + "'; coders: "
                        + String.join(
                                ", ",
                                s.coders().all().stream().map(x -> x.name()).toList()));
            }
        }
        return coders;
    }

    /**
     * The documents given (each coder is taken to have coded all of them), or else those at least
     * two of the coders coded; the flags say which coders coded each document.
     */
    private static Map<Document, boolean[]> documents(
            StoreSession s, List<String> names, List<String> coders, List<Coding> codings) {
        Map<Document, boolean[]> out = new LinkedHashMap<>();
        if (!names.isEmpty()) {
            for (String name : names) {
                boolean[] all = new boolean[coders.size()];
                Arrays.fill(all, true);
                out.put(DocumentLookup.find(s, name), all);
            }
            return out;
        }
        Map<Long, boolean[]> coded = new TreeMap<>();
        for (Coding c : codings) {
            coded.computeIfAbsent(c.documentId(), id -> new boolean[coders.size()])[coders.indexOf(c.coder())] = true;
        }
        for (var e : coded.entrySet()) {
            int n = 0;
            for (boolean b : e.getValue()) {
                n += b ? 1 : 0;
            }
            if (n >= 2) {
                out.put(s.documents().byId(e.getKey()).orElseThrow(), e.getValue());
            }
        }
        return out;
    }
}
