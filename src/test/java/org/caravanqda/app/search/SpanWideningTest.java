package org.caravanqda.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.caravanqda.model.Span;
import org.caravanqda.model.TextUnit;
import org.caravanqda.model.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The turn holding a hit is found by binary search (it was a scan of every unit per hit, which made
 * an auto-coding dry run over a million hits quadratic, issue #22): same answers as the scan,
 * including hits between units and at a unit's edges.
 */
class SpanWideningTest {
    @Test
    void theContainingUnitIsTheOneTheScanFound() {
        StringBuilder text = new StringBuilder();
        List<TextUnit> units = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int start = text.length();
            text.append(i % 2 == 0 ? "И: Как вы уехали?" : "Р: Через Верхний Ларс.");
            units.add(new TextUnit(i, UnitKind.TURN, null, start, text.length(), null));
            text.append("\n\n");
        }
        SpanWidening widening = new SpanWidening(text.toString(), units, "ru");
        for (int s = 0; s < text.length(); s++) {
            for (int e = s + 1; e <= Math.min(text.length(), s + 6); e++) {
                Span hit = new Span(s, e);
                TextUnit scanned = units.stream()
                        .filter(u -> u.start() <= hit.start() && hit.end() <= u.end())
                        .findFirst()
                        .orElse(null);
                assertThat(widening.container(hit)).as(hit.toString()).isEqualTo(scanned);
            }
        }
        assertThat(widening.widen(new Span(3, 6), AutocodeUnit.TURN)).isEqualTo(new Span(0, 17));
        assertThat(widening.widen(new Span(22, 27), AutocodeUnit.SENTENCE))
                .isEqualTo(Span.trimmed(text.toString(), 19, 41));
    }
}
