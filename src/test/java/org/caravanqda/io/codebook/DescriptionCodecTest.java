package org.caravanqda.io.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.caravanqda.io.codebook.DescriptionCodec.Fields;
import org.junit.jupiter.api.Test;

class DescriptionCodecTest {

    @Test
    void writesTheDefinitionFirstThenMarkedLines() {
        String text = DescriptionCodec.encode(new Fields(
                "Leaving as dissent.",
                "Explicit motive.",
                "Use Economic push.",
                "«Я уехал, потому что молчать было невозможно»"));
        assertThat(text)
                .isEqualTo("Leaving as dissent.\n\nInclusion: Explicit motive.\nExclusion: Use Economic push.\n"
                        + "Example: «Я уехал, потому что молчать было невозможно»");
    }

    @Test
    void roundTripsMultiLineFields() {
        Fields f = new Fields("Line one\n\nLine two", "a\nb", null, "– Ну как сказать…\n– Говорите как есть.");
        assertThat(DescriptionCodec.decode(DescriptionCodec.encode(f))).isEqualTo(f);
    }

    @Test
    void aDescriptionWithoutMarkersIsAllDefinition() {
        Fields f = DescriptionCodec.decode("Erősen szkeptikus (piros)\nEnyhén szkeptikus (sárga)\r\nElfogadó (zöld)");
        assertThat(f.definition()).isEqualTo("Erősen szkeptikus (piros)\nEnyhén szkeptikus (sárga)\nElfogadó (zöld)");
        assertThat(f.inclusion()).isNull();
        assertThat(f.exclusion()).isNull();
        assertThat(f.example()).isNull();
    }

    @Test
    void markersMatchOnlyAtLineStartAndInAnyCase() {
        Fields f = DescriptionCodec.decode("For example: this stays.\n  EXAMPLE:quote\nexclusion : other");
        assertThat(f.definition()).isEqualTo("For example: this stays.");
        assertThat(f.example()).isEqualTo("quote");
        assertThat(f.exclusion()).isEqualTo("other");
    }

    @Test
    void fieldsWithoutDefinitionAndEmptyDescriptions() {
        Fields onlyExample = new Fields(null, null, null, "x");
        assertThat(DescriptionCodec.encode(onlyExample)).isEqualTo("Example: x");
        assertThat(DescriptionCodec.decode("Example: x")).isEqualTo(onlyExample);
        assertThat(DescriptionCodec.encode(new Fields(" ", "", null, null))).isNull();
        assertThat(DescriptionCodec.decode(null).isEmpty()).isTrue();
    }
}
