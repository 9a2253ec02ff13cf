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
}
