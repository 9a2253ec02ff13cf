package org.caravanqda.gui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.transcript.CodingMark;
import org.junit.jupiter.api.Test;

/** The workbench's view model without a screen: jobs run inline, so each call has finished when it returns. */
class WorkbenchViewModelTest extends OpenWorkbench {
    @Test
    void listsDocumentsAndCodebookAndOpensTheTranscript() {
        assertThat(vm.documents().shown()).extracting(d -> d.name()).containsExactly("ru-01.txt");
        assertThat(vm.codebook().nodes()).isNotEmpty();
        assertThat(vm.transcript().transcriptProperty().get().text()).isEqualTo(TEXT);
        assertThat(vm.transcript().transcriptProperty().get().units())
                .extracting(u -> u.speaker())
                .contains("Марина");
        vm.documents().filterProperty().set("алматы");
        assertThat(vm.documents().shown()).isEmpty(); // the filter looks at names, languages, speakers, attributes
        vm.documents().filterProperty().set("марина");
        assertThat(vm.documents().shown()).hasSize(1);
    }

    @Test
    void backsUpTheOpenProjectAndSaysWhere() throws Exception {
        Path zip = tmp.resolve("backups/p.zip");
        vm.backup(zip);
        assertThat(zip).isRegularFile();
        assertThat(vm.statusProperty().get())
                .startsWith("Backed up to ")
                .contains(zip.getFileName().toString());
        assertThat(errors).isEmpty();
    }

    @Test
    void backUpAsksWhereAndCancellingChangesNothing() throws Exception {
        dialogs.cancel("save");
        vm.backup();
        assertThat(dialogs.last().initial())
                .matches(project.directory().toAbsolutePath().getFileName() + "-\\d{8}-\\d{4}\\.zip");
        assertThat(dialogs.last().options()).containsExactly("*.zip");
        assertThat(vm.statusProperty().get()).doesNotContain("Backed up");

        Path zip = tmp.resolve("chosen.zip");
        dialogs.save(zip);
        vm.backup();
        assertThat(zip).isRegularFile();
        assertThat(errors).isEmpty();
    }

    @Test
    void theCoderNameIsAskedAndABlankAnswerKeepsIt() {
        dialogs.text("   ").text("  timur ").cancel("text");
        vm.changeCoder();
        assertThat(vm.coderProperty().get()).isEqualTo("anna");
        vm.changeCoder();
        assertThat(dialogs.last().initial()).isEqualTo("anna");
        assertThat(vm.coderProperty().get()).isEqualTo("timur");
        vm.changeCoder();
        assertThat(vm.coderProperty().get()).isEqualTo("timur");
    }

    @Test
    void groupsDocumentsByAnAttribute() throws Exception {
        Path second = tmp.resolve("en-02.txt");
        Files.writeString(second, "Interviewer: Why Bishkek?\n\nDaniel: Flights.\n");
        Path attributes = tmp.resolve("attributes.csv");
        Files.writeString(attributes, "document,city\nru-01.txt,Almaty\nen-02.txt,Bishkek\n");
        project.imports()
                .importFiles(
                        List.of(second),
                        new ImportOptions(null, attributes, "anna"),
                        Progress.NONE,
                        Cancellation.none());
        vm.reload();
        assertThat(vm.documents().attributeNames()).containsExactly("city");
        vm.documents().groupByProperty().set("city");
        assertThat(vm.documents().shown())
                .extracting(d -> vm.documents().groupOf(d))
                .containsExactly("Almaty", "Bishkek");
        vm.documents().groupByProperty().set(null);
        assertThat(vm.documents().groupOf(vm.documents().shown().get(0))).isNull();
    }

    @Test
    void appliesACodeToTheTrimmedSelectionAndUndoesAndRedoesIt() {
        String code = vm.codebook().codablePaths().get(0);
        int start = TEXT.indexOf(" Там");
        vm.transcript().select(start, TEXT.indexOf("И работа"));

        assertThat(vm.coding().apply(code)).isTrue();

        List<CodingView> stored = project.codings().codings("ru-01.txt", null, null);
        assertThat(stored).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Там уже были друзья.");
            assertThat(c.coder()).isEqualTo("anna");
            assertThat(c.code()).isEqualTo(code);
        });
        assertThat(vm.transcript().visibleCodings())
                .singleElement()
                .extracting(CodingMark::codePath)
                .isEqualTo(code);
        assertThat(vm.codebook().byPath(code).orElseThrow().codings()).isEqualTo(1);
        assertThat(vm.documents().shown().get(0).codings()).isEqualTo(1);

        vm.coding().undo();
        assertThat(project.codings().codings("ru-01.txt", null, null)).isEmpty();
        assertThat(vm.transcript().visibleCodings()).isEmpty();
        vm.coding().redo();
        assertThat(project.codings().codings("ru-01.txt", null, null)).hasSize(1);
        assertThat(vm.coding().undoStack().canUndoProperty().get()).isTrue();
        assertThat(vm.coding().undoStack().canRedoProperty().get()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void quickKeysApplyPinnedCodesAndArePersistedPerProject() {
        String code = vm.codebook().codablePaths().get(2);
        vm.codebook().pin(code);
        vm.transcript().select(TEXT.indexOf("работа"), TEXT.indexOf("работа") + 6);
        assertThat(vm.coding().applyPinned(2)).isFalse();
        assertThat(vm.coding().applyPinned(1)).isTrue();
        assertThat(project.codings().codings(null, code, null))
                .extracting(CodingView::text)
                .containsExactly("работа");
        assertThat(new GuiPreferences(node).pinnedCodes(project.directory())).containsExactly(code);
    }

    @Test
    void nothingSelectedNothingCoded() {
        vm.transcript().select(5, 5);
        assertThat(vm.coding().apply(vm.codebook().codablePaths().get(0))).isFalse();
        vm.transcript().select(TEXT.indexOf("\n\n"), TEXT.indexOf("\n\n") + 2);
        assertThat(vm.coding().apply(vm.codebook().codablePaths().get(0))).isFalse();
        assertThat(vm.statusProperty().get()).contains("Select a passage");
    }

    @Test
    void clickingACodedPassageShowsItsCodingsAndMemoAndRemoveIsUndoable() {
        String code = vm.codebook().codablePaths().get(0);
        vm.transcript().select(TEXT.indexOf("друзья"), TEXT.indexOf("друзья") + 6);
        vm.coding().apply(code);
        vm.transcript().inspectAt(TEXT.indexOf("друзья") + 2);
        CodingMark mark = vm.transcript().inspected().get(0);
        assertThat(mark.coder()).isEqualTo("anna");

        vm.coding().memo(mark, "friends pulled her there");
        assertThat(vm.transcript().inspected())
                .singleElement()
                .extracting(CodingMark::memo)
                .isEqualTo("friends pulled her there");

        vm.coding().remove(vm.transcript().inspected().get(0));
        assertThat(vm.transcript().inspected()).isEmpty();
        vm.coding().undo();
        assertThat(project.codings().codings(null, null, null))
                .singleElement()
                .satisfies(c -> assertThat(c.memo()).isEqualTo("friends pulled her there"));
        vm.coding().undo();
        vm.coding().undo();
        assertThat(project.codings().codings(null, null, null)).isEmpty();
        vm.coding().redo(); // apply again, then the memo again, on the coding's newest id
        vm.coding().redo();
        assertThat(project.codings().codings(null, null, null))
                .singleElement()
                .satisfies(c -> assertThat(c.memo()).isEqualTo("friends pulled her there"));
        assertThat(errors).isEmpty();
    }

    @Test
    void aCodingCanGetAnotherCodeKeepingSpanCoderAndMemo() {
        String first = vm.codebook().codablePaths().get(0);
        String second = vm.codebook().codablePaths().get(1);
        vm.transcript().select(TEXT.indexOf("друзья"), TEXT.indexOf("друзья") + 6);
        vm.coding().apply(first);
        vm.transcript().inspectAt(TEXT.indexOf("друзья"));
        vm.coding().memo(vm.transcript().inspected().get(0), "why friends");
        vm.coding().change(vm.transcript().inspected().get(0), second);
        assertThat(project.codings().codings(null, null, null)).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(second);
            assertThat(c.memo()).isEqualTo("why friends");
            assertThat(c.text()).isEqualTo("друзья");
        });
        vm.coding().undo();
        assertThat(project.codings().codings(null, null, null))
                .singleElement()
                .satisfies(c -> assertThat(c.code()).isEqualTo(first));
        assertThat(errors).isEmpty();
    }

    @Test
    void codeWithSaysWhenNothingIsSelectedAndRemembersRecentCodes() {
        vm.transcript().select(3, 3);
        assertThat(vm.coding().readyToCode()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Nothing is selected");
        vm.transcript().select(TEXT.indexOf("друзья"), TEXT.indexOf("друзья") + 6);
        assertThat(vm.coding().readyToCode()).isTrue();
        List<String> codes = vm.codebook().codablePaths();
        vm.coding().apply(codes.get(0));
        vm.coding().apply(codes.get(1));
        vm.coding().apply(codes.get(0));
        assertThat(vm.coding().recentCodes()).containsExactly(codes.get(0), codes.get(1));
        assertThat(errors).isEmpty();
    }

    @Test
    void otherCodersCanBeHidden() {
        String code = vm.codebook().codablePaths().get(0);
        vm.transcript().select(0, 10);
        vm.coding().apply(code);
        vm.coderProperty().set("timur");
        vm.transcript().select(12, 20);
        vm.coding().apply(code);
        assertThat(vm.transcript().visibleCodings()).hasSize(2);
        vm.transcript().showOtherCodersProperty().set(false);
        assertThat(vm.transcript().visibleCodings())
                .extracting(CodingMark::coder)
                .containsExactly("timur");
        assertThat(new GuiPreferences(node).coder()).isEqualTo("timur");
    }

    @Test
    void failuresReachTheNotifier() {
        vm.openDocument("no-such.txt");
        assertThat(errors).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("no-such.txt"));
    }

    /**
     * Optimistic coding: the coding is in the transcript (its stripe drawn) when the key is pressed,
     * before the job thread has written it; the store's answer replaces it, or takes it away with
     * one line in the status bar. The job thread holds its jobs here until the test runs them.
     */
    @Test
    void theCodingIsShownBeforeTheStoreHasItThenTheStoredOneReplacesIt() {
        String code = vm.codebook().codablePaths().get(0);
        int start = TEXT.indexOf("Там");
        int end = TEXT.indexOf(" И работа");
        vm.transcript().select(start, end);
        holding = true;

        assertThat(vm.coding().apply(code)).isTrue();

        // pressed, not yet written: the mark is there with the code's colour, the store has nothing
        assertThat(held).isNotEmpty();
        assertThat(project.codings().codings("ru-01.txt", null, null)).isEmpty();
        CodingMark shown = vm.transcript().visibleCodings().get(0);
        assertThat(vm.transcript().visibleCodings()).hasSize(1);
        assertThat(shown.id()).isNegative();
        assertThat(shown.codePath()).isEqualTo(code);
        assertThat(shown.color())
                .isEqualTo(vm.codebook().byPath(code).orElseThrow().code().color());
        assertThat(shown.coder()).isEqualTo("anna");
        assertThat(TEXT.substring(shown.start(), shown.end())).isEqualTo("Там уже были друзья.");
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.activityProperty().get()).isEqualTo("Saving the coding…");

        runJobs();

        var stored = project.codings().codings("ru-01.txt", null, null);
        assertThat(stored).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("Там уже были друзья."));
        assertThat(vm.transcript().visibleCodings()).singleElement().satisfies(m -> {
            assertThat(m.id()).isPositive();
            assertThat(m.start()).isEqualTo(shown.start());
            assertThat(m.end()).isEqualTo(shown.end());
        });
        assertThat(vm.statusProperty().get()).isEqualTo("Coded with " + code);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.activityProperty().get()).isEqualTo("Working…");
        assertThat(errors).isEmpty();
    }

    @Test
    void aCodingTheStoreRefusesIsTakenAwayWithOneLine() {
        // the window still lists a code that is gone from the store (deleted from elsewhere meanwhile)
        String code = vm.codebook().codablePaths().get(0);
        project.codebook().delete(code, true, "timur");
        vm.transcript().select(TEXT.indexOf("Там"), TEXT.indexOf(" И работа"));
        holding = true;

        vm.coding().apply(code);
        assertThat(vm.transcript().visibleCodings())
                .singleElement()
                .extracting(CodingMark::codePath)
                .isEqualTo(code);

        runJobs();

        assertThat(vm.transcript().visibleCodings()).isEmpty();
        assertThat(project.codings().codings("ru-01.txt", null, null)).isEmpty();
        assertThat(vm.statusProperty().get())
                .startsWith("Coding with " + code + " failed: ")
                .doesNotContain("\n");
        assertThat(vm.coding().undoStack().canUndoProperty().get()).isFalse();
        assertThat(errors).isEmpty(); // a line in the status bar, no error dialog
    }

    @Test
    void aCodingStillBeingSavedIsNotRemovedRecodedOrMemoedButSaysSoInOneLine() {
        String code = vm.codebook().codablePaths().get(0);
        vm.transcript().select(TEXT.indexOf("Там"), TEXT.indexOf(" И работа"));
        holding = true;
        vm.coding().apply(code);
        CodingMark shown = vm.transcript().visibleCodings().get(0);
        int jobs = held.size();

        vm.coding().remove(shown);
        vm.coding().memo(shown, "a memo");
        vm.coding().change(shown, code);

        assertThat(held).as("nothing more was sent to the store").hasSize(jobs);
        assertThat(vm.statusProperty().get())
                .isEqualTo("The coding with " + code + " is still being saved: try again in a moment");
        assertThat(errors).isEmpty();

        runJobs();
        CodingMark stored = vm.transcript().visibleCodings().get(0);
        vm.coding().remove(stored);
        runJobs();
        assertThat(project.codings().codings("ru-01.txt", null, null)).isEmpty();
        assertThat(errors).isEmpty();
    }
}
