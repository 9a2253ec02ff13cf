package org.caravanqda.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The agreement figure of {@code caravan bench}; its size is for docs/performance.md, not for tests. */
class AgreementBenchTest {
    @Test
    void reportsTheTimeOfCharacterLevelAgreement() {
        Map<String, Double> m = AgreementBench.run(20, 10_000, 30, 3);
        assertThat(m)
                .containsKeys(
                        "agreement.character.seconds",
                        "agreement.character.codings",
                        "agreement.character.decisionsPerSecond");
        assertThat(m.get("agreement.character.codings")).isPositive();
        assertThat(m.get("agreement.character.overallAlpha")).isBetween(0.3, 1.0); // mostly shared codings
    }
}
