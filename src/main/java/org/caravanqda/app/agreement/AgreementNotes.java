package org.caravanqda.app.agreement;

import java.util.ArrayList;
import java.util.List;
import org.caravanqda.model.Code;
import org.caravanqda.model.Codebook;

/** The sentences that tell a reader what the figures of a comparison mean: unit, documents, pooling. */
final class AgreementNotes {
    private AgreementNotes() {}

    static List<String> of(
            AgreementUnit unit, AgreementScope scope, Codebook book, int documentsWithoutTurns, long conflicts) {
        List<String> notes = new ArrayList<>();
        notes.add(unitRule(unit));
        notes.add(
                scope.explicitDocuments()
                        ? "documents: the " + scope.documents().size()
                                + " given; every coder is taken to have coded each of them"
                        : "documents: the " + scope.documents().size()
                                + " coded by at least two of the coders; a coder with no"
                                + " coding in a document counts as missing there, not as absent");
        notes.add("a code includes its sub-codes");
        if (scope.domain() != null) {
            notes.add("domain '" + book.path(scope.domain()) + "': the "
                    + scope.rows().size() + " child codes are exclusive"
                    + " categories; a coder's value for a unit is the child applied (the one covering most of the unit"
                    + " if several), missing if none; overall = agreement over these values");
            if (conflicts > 0) {
                notes.add(
                        "warning: " + conflicts + " ratings had more than one child of the domain from the same coder");
            }
        } else {
            notes.add("overall: every (unit, code) decision of the codes listed pooled into one table");
            if (nested(scope.rows(), book)) {
                notes.add("some listed codes contain others: the overall counts a sub-code's codings under both");
            }
        }
        if (documentsWithoutTurns > 0) {
            notes.add(documentsWithoutTurns
                    + " document(s) have no speaker turns and add no units; use --unit paragraph");
        }
        return notes;
    }

    static String unitRule(AgreementUnit unit) {
        return switch (unit) {
            case CHARACTER ->
                "unit: character (UTF-16 unit of the stored text); a character is coded with a code when one of"
                        + " the coder's codings covers it; characters no coder coded count as agreement on absence (as in NVivo)";
            case SENTENCE ->
                "unit: sentence of the stored text (ICU sentence rules plus abbreviations; a line break ends a sentence; unpunctuated runs are cut at 400 characters); coded"
                        + " when one of the coder's codings overlaps it";
            case PARAGRAPH ->
                "unit: paragraph (stored units split at blank lines); coded when one of the coder's codings"
                        + " overlaps it";
            case TURN -> "unit: speaker turn as stored at import; coded when one of the coder's codings overlaps it";
            case DOCUMENT -> "unit: document; coded when one of the coder's codings lies in it";
        };
    }

    private static boolean nested(List<Code> rows, Codebook book) {
        for (Code a : rows) {
            for (Code b : rows) {
                if (a != b && book.subtree(a).contains(b)) {
                    return true;
                }
            }
        }
        return false;
    }
}
