package org.caravanqda.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.caravanqda.model.AttributeType;
import org.junit.jupiter.api.Test;

class AttributeTypingTest {
    @Test
    void infersTheNarrowestTypeIgnoringBlanks() {
        assertThat(AttributeTyping.infer(List.of("34", "", "27.5", "2,5"))).isEqualTo(AttributeType.NUMBER);
        assertThat(AttributeTyping.infer(List.of("2022-09-25", "25.09.2022"))).isEqualTo(AttributeType.DATE);
        assertThat(AttributeTyping.infer(List.of("true", "", "FALSE"))).isEqualTo(AttributeType.BOOLEAN);
        // yes/no and да/нет are labels: they stay text, so tables and attr.NAME:yes keep them
        assertThat(AttributeTyping.infer(List.of("yes", "no"))).isEqualTo(AttributeType.TEXT);
        assertThat(AttributeTyping.infer(List.of("да", "нет", "да"))).isEqualTo(AttributeType.TEXT);
        assertThat(AttributeTyping.infer(List.of("0", "1"))).isEqualTo(AttributeType.NUMBER);
        assertThat(AttributeTyping.infer(List.of("Almaty", "34"))).isEqualTo(AttributeType.TEXT);
        assertThat(AttributeTyping.infer(Arrays.asList("", null))).isEqualTo(AttributeType.TEXT);
    }

    @Test
    void parsesValuesOfTheType() {
        assertThat(AttributeTyping.parse(AttributeType.NUMBER, "2,5")).isEqualTo(2.5);
        assertThat(AttributeTyping.parse(AttributeType.DATE, "25.09.2022")).isEqualTo(LocalDate.of(2022, 9, 25));
        assertThat(AttributeTyping.parse(AttributeType.BOOLEAN, "да")).isEqualTo(true);
        assertThat(AttributeTyping.parse(AttributeType.TEXT, "  Бишкек ")).isEqualTo("Бишкек");
        assertThat(AttributeTyping.parse(AttributeType.NUMBER, " ")).isNull();
    }
}
