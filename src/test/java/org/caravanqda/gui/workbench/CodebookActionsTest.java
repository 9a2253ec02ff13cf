package org.caravanqda.gui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.caravanqda.app.coding.CodingView;
import org.junit.jupiter.api.Test;

/** New, edited, moved, merged and deleted codes through the workbench (the codebook's actions), without a screen. */
class CodebookActionsTest extends OpenWorkbench {
    @Test
    void newCodeFromSelectionCreatesAndAppliesIt() {
        vm.transcript().select(TEXT.indexOf("удалённо"), TEXT.indexOf("удалённо") + 8);
        vm.codebookActions().newCode("Remote work", null);
        assertThat(project.codings().codings(null, "Remote work", null))
                .extracting(CodingView::text)
                .containsExactly("удалённо");
        assertThat(vm.codebook().selectedProperty().get().path()).isEqualTo("Remote work");
    }

    @Test
    void newCodeFromSelectionSuggestsTheSelectionAsAShortNameUnderTheSelectedCode() {
        vm.codebookActions().newCode("Reasons", null);
        int start = TEXT.indexOf("Почему");
        vm.transcript().select(start - 1, TEXT.length());
        dialogs.text("Why Almaty");
        vm.codebookActions().newCodeFromSelection();

        assertThat(dialogs.last().prompt()).isEqualTo("New code under Reasons");
        // the line breaks became one space, then 40 characters were kept
        assertThat(dialogs.last().initial()).isEqualTo("Почему Алматы? Марина: Там уже были друз");
        assertThat(project.codings().codings(null, "Reasons/Why Almaty", null))
                .extracting(CodingView::text)
                .containsExactly(TEXT.substring(start).strip());
        assertThat(errors).isEmpty();
    }

    @Test
    void addCodeUnderAddsACodeAndNeverCodesTheSelection() {
        String parent = vm.codebook().codablePaths().get(0);
        vm.transcript().select(TEXT.indexOf("удалённо"), TEXT.indexOf("удалённо") + 8);
        dialogs.text("Remote");
        vm.codebookActions().askNewCode(parent);
        assertThat(vm.codebook().byPath(parent + "/Remote")).isPresent();
        assertThat(project.codings().codings(null, parent + "/Remote", null)).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Added code " + parent + "/Remote");
    }

    @Test
    void deletingACodeAsksWithTheCountsBacksUpAndDeletesItsSubCodesAndCodings() throws Exception {
        vm.codebookActions().newCode("Housing", null);
        vm.codebookActions().newCode("Rent", "Housing");
        vm.transcript().select(TEXT.indexOf("друзья"), TEXT.indexOf("друзья") + 6);
        vm.coding().apply("Housing/Rent");
        vm.coding().apply("Housing");
        assertThat(project.codings().codings(null, "Housing", null)).hasSize(2);

        dialogs.confirm(false);
        vm.codebookActions().askDelete("Housing");
        assertThat(dialogs.last().prompt()).startsWith("Delete Housing with its 1 sub-code and 2 codings?");
        assertThat(vm.codebook().byPath("Housing/Rent")).isPresent();

        dialogs.confirm(true);
        vm.codebookActions().askDelete("Housing");
        assertThat(vm.codebook().byPath("Housing")).isEmpty();
        assertThat(vm.codebook().byPath("Housing/Rent")).isEmpty();
        assertThat(project.codings().codings(null, null, null))
                .noneMatch(c -> c.code().startsWith("Housing"));
        assertThat(vm.statusProperty().get())
                .startsWith("Deleted Housing (2 codes, 2 codings in 1 documents); backup: ");
        try (var backups = Files.list(project.directory().resolve("backups"))) {
            assertThat(backups.toList())
                    .singleElement()
                    .satisfies(z -> assertThat(Files.size(z)).isPositive());
        }
        assertThat(vm.coding().undoStack().canUndoProperty().get()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void aBlankOrCancelledNameAddsNoCode() {
        int codes = vm.codebook().nodes().size();
        dialogs.text(" ").cancel("text");
        vm.codebookActions().askNewCode(null);
        assertThat(dialogs.last().prompt()).isEqualTo("New top-level code");
        vm.codebookActions().askNewCode(vm.codebook().codablePaths().get(0));
        assertThat(dialogs.last().prompt())
                .isEqualTo("New code under " + vm.codebook().codablePaths().get(0));
        assertThat(vm.codebook().nodes()).hasSize(codes);
        assertThat(dialogs.unanswered()).isZero();
    }

    @Test
    void moveOffersTheViewModelsTargetsAndTopLevelMeansNoParent() {
        vm.codebookActions().newCode("Housing", null);
        vm.codebookActions().newCode("Rent", "Housing");
        dialogs.cancel("choice").choice(CodebookViewModel.TOP_LEVEL);
        vm.codebookActions().askMove("Housing/Rent");
        assertThat(vm.codebook().byPath("Housing/Rent")).isPresent();
        assertThat(dialogs.last().options())
                .isEqualTo(vm.codebook().moveTargets("Housing/Rent"))
                .startsWith(CodebookViewModel.TOP_LEVEL)
                .contains("Housing")
                .doesNotContain("Housing/Rent");

        vm.codebookActions().askMove("Housing/Rent");
        assertThat(vm.codebook().byPath("Rent")).isPresent();
        assertThat(vm.codebook().byPath("Housing/Rent")).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void aMergeHappensOnlyWhenConfirmed() {
        vm.codebookActions().newCode("Housing", null);
        vm.codebookActions().newCode("Rent", null);
        vm.transcript().select(TEXT.indexOf("друзья"), TEXT.indexOf("друзья") + 6);
        vm.coding().apply("Rent");
        dialogs.choice("Housing").confirm(false);
        vm.codebookActions().askMerge("Rent");
        assertThat(dialogs.last().prompt())
                .isEqualTo(String.format("Merge Rent into Housing?%n%nIts 1 coding goes to Housing,"
                        + " and Rent is deleted. This cannot be undone (the undo history is cleared)."));
        assertThat(vm.codebook().byPath("Rent")).isPresent();
        assertThat(project.codings().codings(null, "Rent", null)).hasSize(1);
        assertThat(vm.coding().undoStack().canUndoProperty().get()).isTrue();

        dialogs.choice("Housing").confirm(true);
        vm.codebookActions().askMerge("Rent");
        assertThat(vm.codebook().byPath("Rent")).isEmpty();
        assertThat(project.codings().codings(null, "Housing", null))
                .extracting(CodingView::text)
                .containsExactly("друзья");
        assertThat(vm.coding().undoStack().canUndoProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Merged Rent into Housing");
        assertThat(errors).isEmpty();
    }

    @Test
    void editsAndMovesCodesKeepingPinsOnThem() {
        vm.codebookActions().newCode("Housing", null);
        vm.codebookActions().newCode("Rent", "Housing");
        vm.codebook().pin("Housing/Rent");
        vm.codebookActions()
                .editCode(
                        "Housing/Rent",
                        new org.caravanqda.app.codebook.CodeEdit(
                                "Rent prices", "#aa0000", "What rent cost", null, null, null));
        assertThat(vm.codebook().pinned()).containsExactly("Housing/Rent prices");
        vm.codebookActions().moveCode("Housing", vm.codebook().codablePaths().get(0));
        String moved = vm.codebook().codablePaths().get(0) + "/Housing/Rent prices";
        assertThat(vm.codebook().pinned()).containsExactly(moved);
        assertThat(vm.codebook().byPath(moved).orElseThrow().code().definition())
                .isEqualTo("What rent cost");

        vm.coding().undo(); // the move
        vm.coding().undo(); // the rename
        assertThat(vm.codebook().byPath("Housing/Rent").orElseThrow().code().definition())
                .isNull();
        assertThat(vm.codebook().pinned()).containsExactly("Housing/Rent");
        vm.coding().redo();
        assertThat(vm.codebook().byPath("Housing/Rent prices")).isPresent();
        assertThat(errors).isEmpty();
    }
}
