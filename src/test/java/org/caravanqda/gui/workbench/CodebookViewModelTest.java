package org.caravanqda.gui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caravanqda.app.codebook.CodeNode;
import org.caravanqda.model.Code;
import org.junit.jupiter.api.Test;

/** The codebook's own decisions, without a project: where a code may be moved or merged to. */
class CodebookViewModelTest {
    private final CodebookViewModel codebook = new CodebookViewModel();

    private static CodeNode node(long id, String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return new CodeNode(
                path,
                depth,
                new Code(id, "g" + id, null, name, "#336699", null, null, null, null, true, (int) id),
                0,
                0);
    }

    {
        codebook.replace(List.of(
                node(1, "Housing"),
                node(2, "Housing/Rent"),
                node(3, "Housing/Rent/Deposits"),
                node(4, "Housing2"),
                node(5, "Work"),
                node(6, "Work/Remote")));
    }

    @Test
    void aCodeMovesAnywhereButIntoItsOwnBranchAndToTheTopLevelFirst() {
        assertThat(codebook.moveTargets("Housing/Rent"))
                .containsExactly(CodebookViewModel.TOP_LEVEL, "Housing", "Housing2", "Work", "Work/Remote");
        // a name that merely begins like the code's is no sub-code of it
        assertThat(codebook.moveTargets("Housing"))
                .containsExactly(CodebookViewModel.TOP_LEVEL, "Housing2", "Work", "Work/Remote");
    }

    @Test
    void aCodeMergesIntoAnyCodeOutsideItsOwnBranch() {
        assertThat(codebook.mergeTargets("Work"))
                .containsExactly("Housing", "Housing/Rent", "Housing/Rent/Deposits", "Housing2");
        assertThat(codebook.mergeTargets("Housing/Rent/Deposits"))
                .containsExactly("Housing", "Housing/Rent", "Housing2", "Work", "Work/Remote");
    }

    @Test
    void withOneCodeThereIsNothingToMergeInto() {
        codebook.replace(List.of(node(1, "Only")));
        assertThat(codebook.mergeTargets("Only")).isEmpty();
        assertThat(codebook.moveTargets("Only")).containsExactly(CodebookViewModel.TOP_LEVEL);
    }

    @Test
    void aParentCountsADocumentOnceThoughItsSubCodesShareIt() {
        Code parent = new Code(1, "g1", null, "Housing", "#336699", null, null, null, null, true, 1);
        Code child = new Code(2, "g2", 1L, "Rent", "#336699", null, null, null, null, true, 2);
        codebook.replace(List.of(
                new CodeNode("Housing", 0, parent, 1, 4, List.of(new CodeNode.Use("anna", 10, 1))),
                new CodeNode(
                        "Housing/Rent",
                        1,
                        child,
                        3,
                        3,
                        List.of(new CodeNode.Use("anna", 10, 2), new CodeNode.Use("timur", 11, 1)))));
        CodeNode housing = codebook.byPath("Housing").orElseThrow();
        assertThat(codebook.counts(housing)).isEqualTo(new CodebookViewModel.Counts(1, 1, 4, 2));
        codebook.countedCoderProperty().set("anna");
        assertThat(codebook.counts(housing)).isEqualTo(new CodebookViewModel.Counts(1, 1, 3, 1));
        codebook.countedCoderProperty().set("timur");
        assertThat(codebook.counts(housing)).isEqualTo(new CodebookViewModel.Counts(0, 0, 1, 1));
    }
}
