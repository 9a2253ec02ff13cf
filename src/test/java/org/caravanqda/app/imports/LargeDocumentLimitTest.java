package org.caravanqda.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.model.TextUnit;
import org.caravanqda.model.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * Issue #22: a transcript of 1,000,000 tiny turns ran a 512 MB heap out of memory during its import;
 * past {@link ImportService#MAX_UNITS} turns a document is refused with the limit and what to do
 * (`caravan bench --turns` measures both sides of the limit under -Xmx512m: docs/performance.md).
 */
class LargeDocumentLimitTest {
    private static ParsedDocument turns(int n) {
        StringBuilder text = new StringBuilder();
        List<TextUnit> units = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int start = text.length();
            text.append("Да.\n");
            units.add(new TextUnit(i, UnitKind.TURN, i % 2 == 0 ? "И" : "Р", start, start + 3, null));
        }
        return new ParsedDocument(text.toString(), units, Map.of());
    }

    @Test
    void aDocumentWithMoreTurnsThanTheLimitIsRefusedWithTheLimit() {
        assertThat(ImportService.problem(turns(ImportService.MAX_UNITS))).isNull();
        assertThat(ImportService.problem(turns(ImportService.MAX_UNITS + 1)))
                .isEqualTo("it has 200001 turns or paragraphs; the limit is 200000 per document"
                        + " (split it into several files)");
    }
}
