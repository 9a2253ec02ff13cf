package org.caravanqda.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.model.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Speaker detection against the GUM interview and court transcripts (speaker sets from index.tsv). */
class GumTranscriptsTest {
    private static final String GUM = "corpus/en-transcripts/gum";

    static Stream<String> indexRows() throws IOException {
        Path index = org.caravanqda.SharedData.root().resolve(GUM).resolve("index.tsv");
        if (!Files.exists(index)) {
            return Stream.of("(shared corpus absent)");
        }
        List<String> lines = Files.readAllLines(index);
        assertThat(lines).hasSize(27);
        return lines.stream().skip(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indexRows")
    void detectsExactlyTheSpeakersOfIndexTsv(String row) {
        Path dir = Units.shared(GUM);
        String[] cols = row.split("\t");
        Set<String> expected =
                Arrays.stream(cols[6].split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
        ParsedDocument doc = Units.wellFormed(new TxtReader().read(dir.resolve(cols[0])));
        assertThat(new TreeSet<>(Units.speakers(doc))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} labelled turns")
    @CsvSource({
        "interview_dungeon, 55",
        "interview_cocktail, 20",
        "interview_gaming, 20",
        "interview_hill, 20",
        "court_prince, 22",
        "court_property, 21",
        "interview_chomsky, 4",
        "interview_licen, 4"
    })
    void countsLabelledTurns(String name, int turns) {
        ParsedDocument doc = new TxtReader().read(Units.shared(GUM).resolve("GUM_" + name + ".txt"));
        assertThat(doc.units().stream().filter(u -> u.kind() == UnitKind.TURN)).hasSize(turns);
    }

    @Test
    void captionsTitlesAndContinuationsAreNotTurns() {
        Path dir = Units.shared(GUM);
        ParsedDocument peres = new TxtReader().read(dir.resolve("GUM_interview_peres.txt"));
        assertThat(peres.units().get(0).kind()).isEqualTo(UnitKind.PARAGRAPH);
        assertThat(peres.units().stream()
                        .map(u -> Units.unitText(peres, u))
                        .filter(t -> t.contains("Shimon Peres image: David Shankbone"))
                        .findFirst()
                        .orElseThrow())
                .doesNotStartWith("ShimonPeres:");
        ParsedDocument property = new TxtReader().read(dir.resolve("GUM_court_property.txt"));
        String recktenwald = Units.unitText(
                property, Units.turns(property, "MarkERecktenwald").get(1));
        assertThat(recktenwald)
                .startsWith("MarkERecktenwald: Alright, good afternoon.")
                .contains("\n\nCourt's allocated 30 minutes for each side.")
                .endsWith("Alright, Mr. Sova, please proceed.");
        assertThat(property.text()).contains("Hawaiʻi");
    }
}
