package org.caravanqda.gui.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.agreement.AgreementUnit;
import org.caravanqda.app.agreement.CodeDisagreement;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.app.job.Progress;
import org.caravanqda.cli.CaravanCli;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.ScriptedDialogs;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The agreement view's model on the demo project (anna and timur coded the same interviews):
 * figures equal to {@code caravan agreement --format json} for the same choices, a code's
 * disagreements, and each way to resolve one, undone exactly. Jobs run inline.
 */
class AgreementViewModelTest {
    private static final String CODE = "Exit as voice";

    @TempDir
    static Path tmp;

    private static Path demo;
    private static final Map<AgreementUnit, JsonNode> CLI_ALL = new EnumMap<>(AgreementUnit.class);
    private static final Map<AgreementUnit, JsonNode> CLI_TWO = new EnumMap<>(AgreementUnit.class);
    private static final List<String> TWO_CODES = List.of(CODE, "Economic push");

    private final Preferences node = Preferences.userRoot().node("caravan-test-" + UUID.randomUUID());
    private final List<Throwable> errors = new ArrayList<>();
    private Project project;
    private WorkbenchViewModel workbench;
    private AgreementViewModel vm;

    @BeforeAll
    static void demoAndTheCliFigures() throws Exception {
        demo = tmp.resolve("demo");
        new DemoService(TestApp.app()).build(demo, Progress.NONE);
        // the command line first: it opens the project itself (one process holds it at a time)
        for (AgreementUnit unit : AgreementUnit.values()) {
            CLI_ALL.put(unit, cli("--unit", unit.label()));
            CLI_TWO.put(unit, cli("--unit", unit.label(), "--code", TWO_CODES.get(0), "--code", TWO_CODES.get(1)));
        }
    }

    private static JsonNode cli(String... options) {
        List<String> args = new ArrayList<>(
                List.of("agreement", "-p", demo.toString(), "--coders", "anna,timur", "--format", "json"));
        args.addAll(List.of(options));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CaravanCli(TestApp.app(), new PrintWriter(out, true), new PrintWriter(err, true))
                .run(args.toArray(String[]::new));
        assertThat(exit).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @BeforeEach
    void open() {
        project = TestApp.app().open(demo);
        Jobs inline = new Jobs(Runnable::run, Runnable::run);
        workbench = new WorkbenchViewModel(
                project, inline, (w, e) -> errors.add(e), new ScriptedDialogs(), new GuiPreferences(node), "lead");
        workbench.reload();
        vm = new AgreementViewModel(project, inline, workbench);
        vm.load();
    }

    @AfterEach
    void close() throws Exception {
        vm.dispose();
        project.close();
        node.removeNode();
        assertThat(errors).isEmpty();
    }

    @Test
    void offersTheProjectsCodersAndChoosesTheFirstTwo() {
        assertThat(vm.coders()).contains("anna", "timur");
        assertThat(vm.chosenCoders()).containsExactly("anna", "timur");
        assertThat(vm.codes()).contains(CODE);
        assertThat(vm.color("anna")).startsWith("#").isNotEqualTo(vm.color("timur"));
    }

    @Test
    void fewerThanTwoCodersIsSaidAndNothingIsComputed() {
        vm.chosenCoders().setAll("anna");
        vm.compute();
        assertThat(vm.messageProperty().get()).isEqualTo("Choose at least two coders");
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void theFiguresAreTheCommandLinesForEveryUnitAndForChosenCodes() {
        for (AgreementUnit unit : AgreementUnit.values()) {
            vm.unitProperty().set(unit);
            vm.chosenCodes().clear();
            vm.compute();
            sameAs(CLI_ALL.get(unit), unit + ", all codes");
            vm.chosenCodes().setAll(TWO_CODES);
            vm.compute();
            sameAs(CLI_TWO.get(unit), unit + ", two codes");
            assertThat(vm.rows())
                    .extracting(AgreementViewModel.Row::code)
                    .containsExactly(CODE, "Economic push", AgreementViewModel.OVERALL);
        }
    }

    private void sameAs(JsonNode cli, String what) {
        List<JsonNode> expected = new ArrayList<>();
        cli.get("codes").forEach(expected::add);
        expected.add(cli.get("overall"));
        assertThat(vm.rows()).as(what).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            AgreementViewModel.Row r = vm.rows().get(i);
            String row = what + ": " + r.code();
            if (e.has("code")) {
                assertThat(r.code()).as(row).isEqualTo(e.get("code").asString());
            } else {
                assertThat(r.overall()).isTrue();
            }
            assertThat(r.units()).as(row).isEqualTo(e.get("units").asLong());
            same(r.percent(), e.get("percentAgreement"), row + " percent");
            same(r.cohenKappa(), e.get("cohenKappa"), row + " Cohen");
            same(r.brennanPrediger(), e.get("brennanPredigerKappa"), row + " B&P");
            same(r.krippendorffAlpha(), e.get("krippendorffAlpha"), row + " alpha");
        }
    }

    private static void same(Double shown, JsonNode cli, String what) {
        if (cli.isNull()) {
            assertThat(shown).as(what).isNull();
        } else {
            // the JSON rounds to ten decimals
            assertThat(shown).as(what).isNotNull().isCloseTo(cli.asDouble(), within(1e-9));
        }
    }

    private AgreementViewModel.Row row(String code) {
        return vm.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private void computeSentences() {
        vm.unitProperty().set(AgreementUnit.SENTENCE);
        vm.compute();
        vm.selectCode(CODE);
    }

    @Test
    void aCodesDisagreementsAreTheUnitsItsFiguresCountAsDisagreement() {
        computeSentences();
        AgreementViewModel.Row r = row(CODE);
        assertThat(vm.disagreements()).isNotEmpty();
        assertThat((double) vm.disagreements().size()).isCloseTo(r.units() * (1 - r.percent() / 100), within(1e-6));
        CodeDisagreement d = vm.disagreements().get(0);
        vm.selectedProperty().set(d);
        assertThat(vm.sides()).extracting(AgreementViewModel.Side::coder).containsExactly("anna", "timur");
        assertThat(vm.sides())
                .extracting(AgreementViewModel.Side::color)
                .containsExactly(vm.color("anna"), vm.color("timur"));
        String has = d.codersWith(List.of("anna", "timur")).get(0);
        assertThat(vm.sides().stream()
                        .filter(s -> s.coder().equals(has))
                        .findFirst()
                        .orElseThrow()
                        .codings())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.code()).startsWith(CODE));
        assertThat(vm.resolutions())
                .extracting(Resolution::label)
                .hasSize(3)
                .contains("Merge (union)")
                .anyMatch(l -> l.startsWith("Keep anna's"))
                .anyMatch(l -> l.startsWith("Keep timur's"));
        // the overall row lists none
        vm.selectCode(AgreementViewModel.OVERALL);
        assertThat(vm.disagreements()).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void openingADisagreementSelectsItsPassageInTheTranscript() {
        computeSentences();
        CodeDisagreement d = vm.disagreements().get(0);
        vm.open(d);
        assertThat(workbench.openDocumentName()).isEqualTo(d.document());
        assertThat(workbench.transcript().revealProperty().get().start()).isEqualTo(d.start());
        assertThat(workbench.transcript().revealProperty().get().end()).isEqualTo(d.end());
    }

    /** The codings of the code in a document, as (coder, code, start, end, memo), sorted. */
    private List<String> codings(String document) {
        return project.codings().codings(document, CODE, null).stream()
                .map(c -> c.coder() + "|" + c.code() + "|" + c.start() + "|" + c.end() + "|" + c.memo())
                .sorted()
                .toList();
    }

    private CodeDisagreement oneSided() {
        return vm.disagreements().stream()
                .filter(d ->
                        d.codings().stream().map(CodingView::coder).distinct().count() == 1)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void keepingTheCodersCodingGivesItToTheOtherAndUndoTakesItBack() {
        computeSentences();
        CodeDisagreement d = oneSided();
        String has = d.codersWith(List.of("anna", "timur")).get(0);
        String other = has.equals("anna") ? "timur" : "anna";
        List<String> before = codings(d.document());
        double percent = row(CODE).percent();
        int listed = vm.disagreements().size();
        vm.selectedProperty().set(d);
        Resolution keep = vm.resolutions().stream()
                .filter(r -> r.label().startsWith("Keep " + has + "'s"))
                .findFirst()
                .orElseThrow();
        assertThat(keep.remove()).isEmpty();
        assertThat(keep.add())
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.coder()).isEqualTo(other));
        vm.resolve(keep);

        for (CodingView c : d.codings()) {
            assertThat(codings(d.document()))
                    .contains(other + "|" + c.code() + "|" + c.start() + "|" + c.end() + "|null");
        }
        // computed again: the unit is settled, the code agrees more
        assertThat(vm.disagreements()).noneMatch(x -> x.document().equals(d.document()) && x.start() == d.start());
        assertThat(vm.disagreements()).hasSizeLessThan(listed);
        assertThat(row(CODE).percent()).isGreaterThan(percent);
        assertThat(workbench.coding().undoStack().canUndoProperty().get()).isTrue();

        workbench.coding().undo();
        assertThat(codings(d.document())).isEqualTo(before);
        assertThat(row(CODE).percent()).isCloseTo(percent, within(1e-12));
        assertThat(vm.disagreements()).hasSize(listed);
        workbench.coding().redo();
        assertThat(codings(d.document())).isNotEqualTo(before);
        workbench.coding().undo();
        assertThat(codings(d.document())).isEqualTo(before);
    }

    @Test
    void keepingTheCoderWithoutACodingRemovesTheOthersAndUndoPutsItBackWithItsMemo() {
        computeSentences();
        CodeDisagreement d = oneSided();
        String has = d.codersWith(List.of("anna", "timur")).get(0);
        String without = has.equals("anna") ? "timur" : "anna";
        List<String> before = codings(d.document());
        vm.selectedProperty().set(d);
        Resolution keep = vm.resolutions().stream()
                .filter(r -> r.label().startsWith("Keep " + without + "'s"))
                .findFirst()
                .orElseThrow();
        assertThat(keep.add()).isEmpty();
        assertThat(keep.remove()).containsExactlyInAnyOrderElementsOf(d.codings());
        vm.resolve(keep);
        for (CodingView c : d.codings()) {
            assertThat(project.codings().codings(d.document(), CODE, null)).noneMatch(x -> x.id() == c.id());
        }
        assertThat(vm.disagreements()).noneMatch(x -> x.document().equals(d.document()) && x.start() == d.start());
        workbench.coding().undo();
        assertThat(codings(d.document())).isEqualTo(before);
    }

    @Test
    void mergingGivesBothCodersOneCodingOverTheUnionAndUndoRestoresBoth() {
        computeSentences();
        CodeDisagreement d = vm.disagreements().stream()
                .filter(x ->
                        x.codings().stream().map(CodingView::coder).distinct().count() == 2)
                .findFirst()
                .orElseGet(this::oneSided);
        List<String> before = codings(d.document());
        vm.selectedProperty().set(d);
        Resolution merge = vm.resolutions().stream()
                .filter(r -> r.label().startsWith("Merge"))
                .findFirst()
                .orElseThrow();
        vm.resolve(merge);
        for (String code : d.codings().stream().map(CodingView::code).distinct().toList()) {
            int from = d.codings().stream()
                    .filter(c -> c.code().equals(code))
                    .mapToInt(CodingView::start)
                    .min()
                    .orElseThrow();
            int to = d.codings().stream()
                    .filter(c -> c.code().equals(code))
                    .mapToInt(CodingView::end)
                    .max()
                    .orElseThrow();
            for (String coder : List.of("anna", "timur")) {
                assertThat(codings(d.document()))
                        .anyMatch(s -> s.startsWith(coder + "|" + code + "|" + from + "|" + to + "|"));
            }
        }
        assertThat(vm.disagreements())
                .noneMatch(x -> x.document().equals(d.document())
                        && x.start() >= d.passageStart()
                        && x.end() <= d.passageEnd());
        workbench.coding().undo();
        assertThat(codings(d.document())).isEqualTo(before);
    }
}
