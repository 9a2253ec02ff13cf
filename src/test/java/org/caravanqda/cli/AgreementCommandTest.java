package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code caravan agreement} end to end on the demo project (anna and timur double-coded passages). */
class AgreementCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static String demo;

    @BeforeAll
    static void buildDemo() {
        demo = tmp.resolve("demo").toString();
        CliRun r = CliRun.of("demo", "--dir", demo);
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void jsonHasTheContractShapeAndTheAddedKeys() throws Exception {
        CliRun r = CliRun.of("agreement", "-p", demo, "--coders", "anna,timur", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("unit").asString()).isEqualTo("character");
        assertThat(j.get("coders")).extracting(JsonNode::asString).containsExactly("anna", "timur");
        assertThat(j.get("absenceCountsAsAgreement").asBoolean()).isTrue();
        assertThat(j.get("documents").size()).isGreaterThanOrEqualTo(8);
        assertThat(j.get("codes").size()).isGreaterThan(10);
        for (JsonNode row : j.get("codes")) {
            assertThat(row.propertyNames())
                    .contains(
                            "code",
                            "units",
                            "percentAgreement",
                            "cohenKappa",
                            "brennanPredigerKappa",
                            "krippendorffAlpha",
                            "notes");
            assertThat(row.get("percentAgreement").asDouble()).isBetween(0.0, 100.0);
        }
        JsonNode overall = j.get("overall");
        assertThat(overall.get("units").asLong()).isPositive();
        assertThat(overall.get("cohenKappa").isNumber()).isTrue();
        assertThat(overall.get("krippendorffAlpha").asDouble()).isBetween(-1.0, 1.0);
        assertThat(j.get("notes").get(0).asString()).contains("agreement on absence");
        assertThat(j.has("disagreements")).isFalse();
    }

    @Test
    void sentenceUnitsWithDisagreementsForTheConsensusMeeting() throws Exception {
        CliRun r = CliRun.of(
                "agreement",
                "-p",
                demo,
                "--coders",
                "anna,timur",
                "--unit",
                "sentence",
                "--code",
                "Exit as voice",
                "--disagreements",
                "--format",
                "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("codes"))
                .singleElement()
                .satisfies(c -> assertThat(c.get("code").asString()).isEqualTo("Exit as voice"));
        assertThat(j.get("disagreements").size()).isPositive();
        JsonNode d = j.get("disagreements").get(0);
        assertThat(d.get("text").asString()).isNotBlank();
        assertThat(d.get("codes").has("anna")).isTrue();
        assertThat(d.get("codes").has("timur")).isTrue();

        CliRun table = CliRun.of(
                "agreement",
                "-p",
                demo,
                "--coders",
                "anna,timur",
                "--unit",
                "sentence",
                "--code",
                "Exit as voice",
                "--disagreements");
        assertThat(table.out())
                .contains("Krippendorff alpha", "(overall, pooled)", "disagreements: ", "note: unit: sentence");
    }

    @Test
    void badInputExitsOneWithOneLineAndBadUnitIsAUsageError() {
        assertThat(CliRun.of("agreement", "-p", demo, "--coders", "anna").err())
                .contains("at least two different coders");
        CliRun unknownCoder = CliRun.of("agreement", "-p", demo, "--coders", "anna,bob");
        assertThat(unknownCoder.exit()).isEqualTo(1);
        assertThat(unknownCoder.err().strip()).isEqualTo("caravan: unknown coder 'bob'; coders: anna, timur");
        assertThat(CliRun.of("agreement", "-p", demo, "--coders", "anna,timur", "--code", "Nope")
                        .exit())
                .isEqualTo(1);
        assertThat(CliRun.of("agreement", "-p", demo, "--coders", "anna,timur", "--documents", "nope")
                        .exit())
                .isEqualTo(1);
        assertThat(CliRun.of("agreement", "-p", demo, "--coders", "anna,timur", "--unit", "word")
                        .exit())
                .isEqualTo(2);
    }
}
