package org.caravanqda.app.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disagreements of one code on the demo project (anna and timur): they are exactly the units
 * the statistics count as disagreement, and each carries the codings of its passage.
 */
class CodeDisagreementsTest {
    private static final List<String> CODERS = List.of("anna", "timur");

    @TempDir
    static Path tmp;

    private static Project project;

    @BeforeAll
    static void demo() {
        Path dir = tmp.resolve("demo");
        new DemoService(TestApp.app()).build(dir, Progress.NONE);
        project = TestApp.app().open(dir);
    }

    @AfterAll
    static void close() {
        project.close();
    }

    private static AgreementRequest request(AgreementUnit unit, boolean disagreements, String... codes) {
        return new AgreementRequest(CODERS, unit, List.of(codes), List.of(), null, disagreements);
    }

    @Test
    void theDisagreeingUnitsOfEachCodeAreThoseTheFiguresCount() {
        for (AgreementUnit unit : List.of(AgreementUnit.SENTENCE, AgreementUnit.CHARACTER)) {
            AgreementReport report = project.agreement().compare(request(unit, false));
            assertThat(report.codes()).hasSizeGreaterThan(5);
            for (AgreementReport.CodeAgreement row : report.codes()) {
                List<CodeDisagreement> ds = project.agreement().disagreements(request(unit, false), row.code());
                long disagreeing = ds.stream()
                        .mapToLong(d -> unit == AgreementUnit.CHARACTER ? d.end() - d.start() : 1)
                        .sum();
                AgreementReport.Figures f = row.result();
                assertThat((double) disagreeing)
                        .as(unit + " " + row.code())
                        .isCloseTo(f.units() * (1 - f.agreement()), within(1e-6));
            }
        }
    }

    @Test
    void oneCodesDisagreementsAreTheReportsWhenOnlyThatCodeIsCompared() {
        String code = "Exit as voice";
        for (AgreementUnit unit : AgreementUnit.values()) {
            List<AgreementReport.Disagreement> pooled =
                    project.agreement().compare(request(unit, true, code)).disagreements();
            List<CodeDisagreement> mine = project.agreement().disagreements(request(unit, false, code), code);
            assertThat(mine)
                    .extracting(d -> d.document() + ":" + d.start() + "-" + d.end())
                    .as(unit.label())
                    .containsExactlyElementsOf(pooled.stream()
                            .map(d -> d.document() + ":" + d.start() + "-" + d.end())
                            .toList());
            for (int i = 0; i < mine.size(); i++) {
                CodeDisagreement d = mine.get(i);
                AgreementReport.Disagreement p = pooled.get(i);
                assertThat(d.text()).isEqualTo(p.text());
                for (String coder : CODERS) {
                    assertThat(d.applied().get(coder))
                            .isEqualTo(
                                    p.codes().containsKey(coder)
                                            ? !p.codes().get(coder).isEmpty()
                                            : null);
                }
            }
        }
    }

    @Test
    void eachDisagreementCarriesTheCodingsOfItsPassage() {
        List<CodeDisagreement> ds =
                project.agreement().disagreements(request(AgreementUnit.SENTENCE, false), "Exit as voice");
        assertThat(ds).isNotEmpty();
        for (CodeDisagreement d : ds) {
            assertThat(d.code()).isEqualTo("Exit as voice");
            assertThat(d.applied().values()).containsOnly(true, false).contains(true, false);
            // the coder who applied the code there has a coding of it overlapping the unit
            for (String coder : d.codersWith(CODERS)) {
                assertThat(d.codings()).anySatisfy(c -> {
                    assertThat(c.coder()).isEqualTo(coder);
                    assertThat(c.code()).startsWith("Exit as voice");
                    assertThat(c.start()).isLessThan(d.end());
                    assertThat(c.end()).isGreaterThan(d.start());
                });
            }
            assertThat(d.codings()).allSatisfy(c -> {
                assertThat(c.start()).isGreaterThanOrEqualTo(d.passageStart());
                assertThat(c.end()).isLessThanOrEqualTo(d.passageEnd());
                assertThat(c.document()).isEqualTo(d.document());
            });
            assertThat(d.passageStart()).isLessThanOrEqualTo(d.start());
            assertThat(d.passageEnd()).isGreaterThanOrEqualTo(d.end());
        }
    }

    @Test
    void aCodeNotComparedIsRefusedByName() {
        AgreementRequest oneCode = request(AgreementUnit.SENTENCE, false, "Exit as voice");
        String other = project.agreement().compare(request(AgreementUnit.SENTENCE, false)).codes().stream()
                .map(AgreementReport.CodeAgreement::code)
                .filter(c -> !c.startsWith("Exit as voice"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> project.agreement().disagreements(oneCode, other))
                .isInstanceOf(CaravanException.class)
                .hasMessage("'" + other + "' is not among the compared codes");
    }
}
