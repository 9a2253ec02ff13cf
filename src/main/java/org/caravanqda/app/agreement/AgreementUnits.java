package org.caravanqda.app.agreement;

import java.util.List;
import org.caravanqda.analysis.agreement.UnitSpans;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.Document;
import org.caravanqda.model.Span;
import org.caravanqda.model.TextUnit;
import org.caravanqda.model.UnitKind;

/** The units of a document for a comparison; null at character level (every character is a unit). */
final class AgreementUnits {
    private AgreementUnits() {}

    static List<Span> of(StoreSession s, Document d, AgreementUnit unit) {
        return switch (unit) {
            case CHARACTER -> null;
            case SENTENCE -> UnitSpans.sentences(d.text(), d.language());
            case DOCUMENT -> UnitSpans.document(d.text());
            case TURN ->
                s.documents().units(d.id()).stream()
                        .filter(u -> u.kind() == UnitKind.TURN)
                        .map(TextUnit::span)
                        .toList();
            case PARAGRAPH -> {
                List<Span> stored =
                        s.documents().units(d.id()).stream().map(TextUnit::span).toList();
                yield UnitSpans.paragraphs(
                        d.text(),
                        stored.isEmpty() ? List.of(new Span(0, d.text().length())) : stored);
            }
        };
    }
}
