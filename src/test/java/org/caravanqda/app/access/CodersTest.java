package org.caravanqda.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who codes when no name is given: CARAVAN_CODER where it is set, for the command line and the window alike. */
class CodersTest {
    @Test
    void theEnvironmentNamesTheCoderStripped() {
        assertThat(Coders.fromEnvironment(Map.of("CARAVAN_CODER", "  Aigerim ")))
                .contains("Aigerim");
    }

    @Test
    void anUnsetOrBlankVariableNamesNoOne() {
        assertThat(Coders.fromEnvironment(Map.of())).isEmpty();
        assertThat(Coders.fromEnvironment(Map.of("CARAVAN_CODER", "   "))).isEmpty();
    }

    @Test
    void aGivenNameWinsOverTheDefault() {
        assertThat(Coders.nameOrDefault(" Dana ")).isEqualTo("Dana");
        assertThat(Coders.nameOrDefault(" ")).isEqualTo(Coders.defaultName());
    }
}
