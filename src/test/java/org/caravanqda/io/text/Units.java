package org.caravanqda.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.model.TextUnit;
import org.caravanqda.model.UnitKind;
import org.junit.jupiter.api.Assumptions;

/** Shared checks and helpers for reader tests. */
final class Units {
    private Units() {}

    /** Every unit addresses its text exactly: in range, ordered, not overlapping, trimmed, NFC text. */
    static ParsedDocument wellFormed(ParsedDocument doc) {
        String text = doc.text();
        assertThat(java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC))
                .isTrue();
        int previousEnd = 0;
        for (int i = 0; i < doc.units().size(); i++) {
            TextUnit u = doc.units().get(i);
            assertThat(u.ordinal()).isEqualTo(i);
            assertThat(u.span().problemIn(text)).as("unit %s", u).isNull();
            assertThat(u.start())
                    .as("unit %s starts after the previous one ends", u)
                    .isGreaterThanOrEqualTo(previousEnd);
            String unitText = text.substring(u.start(), u.end());
            assertThat(unitText).isEqualTo(unitText.strip());
            assertThat(u.span().of(text)).isEqualTo(unitText);
            assertThat(u.kind() == UnitKind.TURN).isEqualTo(u.speaker() != null);
            previousEnd = u.end();
        }
        return doc;
    }

    static Set<String> speakers(ParsedDocument doc) {
        return doc.units().stream()
                .map(TextUnit::speaker)
                .filter(s -> s != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static List<TextUnit> turns(ParsedDocument doc, String speaker) {
        return doc.units().stream().filter(u -> speaker.equals(u.speaker())).toList();
    }

    static String unitText(ParsedDocument doc, TextUnit u) {
        return doc.text().substring(u.start(), u.end());
    }

    static long words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).count();
    }

    /** The shared test data beside the project (../shared), or a skipped test. */
    static Path shared(String relative) {
        Path p = org.caravanqda.SharedData.root().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared test data not found at " + p.toAbsolutePath() + "; skipped");
        return p;
    }
}
