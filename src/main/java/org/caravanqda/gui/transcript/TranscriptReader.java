package org.caravanqda.gui.transcript;

import java.util.List;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.Project;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.model.Code;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Document;

/** Reads a document with its units and codings in one read transaction (on the job thread). */
public final class TranscriptReader {
    private TranscriptReader() {
    }

    public static Transcript read(Project project, String documentName) {
        return project.store().read(s -> {
            Document d = s.documents().byName(documentName)
                    .orElseThrow(() -> new CaravanException("no document named '" + documentName + "'"));
            Codebook book = s.codes().codebook();
            List<CodingMark> marks = s.codings().find(new CodingFilter(d.id(), null, null)).stream().map(c -> {
                Code code = book.byId(c.codeId()).orElseThrow();
                return new CodingMark(c.id(), code.id(), book.path(code).toString(), code.name(), code.color(), c.coder(),
                        c.start(), c.end(), c.createdAt(), c.memo());
            }).toList();
            return new Transcript(d.name(), d.language(), d.text(), s.documents().units(d.id()), marks);
        });
    }
}
