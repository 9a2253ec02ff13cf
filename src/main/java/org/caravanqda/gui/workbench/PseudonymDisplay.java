package org.caravanqda.gui.workbench;

import org.caravanqda.app.pseudonym.OffsetMap;
import org.caravanqda.app.pseudonym.Pseudonymizer;
import org.caravanqda.gui.transcript.CodingMark;
import org.caravanqda.gui.transcript.Transcript;
import org.caravanqda.model.TextUnit;

/** A transcript as "Show pseudonyms" displays it: names replaced, units and coding marks moved onto the new text. */
final class PseudonymDisplay {
    private PseudonymDisplay() {}

    static Transcript transcript(Transcript t, Pseudonymizer pz) {
        return transcript(t, pz, pz.rewrite(t.text()));
    }

    /** As above, with the text already rewritten ({@code r.offsets()} also moves other passages onto it). */
    static Transcript transcript(Transcript t, Pseudonymizer pz, Pseudonymizer.Rewritten r) {
        OffsetMap m = r.offsets();
        return new Transcript(
                pz.apply(t.name()),
                t.language(),
                r.text(),
                t.units().stream()
                        .map(u -> new TextUnit(
                                u.ordinal(),
                                u.kind(),
                                pz.apply(u.speaker()),
                                m.start(u.start()),
                                m.end(u.end()),
                                u.startMs()))
                        .toList(),
                t.codings().stream()
                        .map(c -> new CodingMark(
                                c.id(),
                                c.codeId(),
                                c.codePath(),
                                c.codeName(),
                                c.color(),
                                c.coder(),
                                m.start(c.start()),
                                m.end(c.end()),
                                c.created(),
                                pz.apply(c.memo())))
                        .toList());
    }
}
