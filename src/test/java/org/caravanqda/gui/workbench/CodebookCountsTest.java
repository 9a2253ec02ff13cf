package org.caravanqda.gui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.codebook.CodeNode;
import org.caravanqda.app.documents.DocumentListing;
import org.caravanqda.app.documents.DocumentTranscript;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The codebook's codings and documents per code, on the demo project's two coders: they follow
 * "Show other coders" (every coder's, or the current coder's only) and equal what the transcripts hold.
 */
class CodebookCountsTest {
    @TempDir
    Path tmp;

    private final Preferences node = Preferences.userRoot().node("caravan-test-" + UUID.randomUUID());
    private final List<Throwable> errors = new ArrayList<>();
    private Project project;
    private WorkbenchViewModel vm;
    private final List<DocumentTranscript> transcripts = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        Path dir = tmp.resolve("demo");
        new DemoService(TestApp.app()).build(dir, Progress.NONE);
        project = TestApp.app().open(dir);
        for (DocumentListing d : project.documents().list()) {
            transcripts.add(project.documents().transcript(d.name()));
        }
        String coder = transcripts.stream()
                .flatMap(t -> t.codings().stream())
                .map(DocumentTranscript.Coding::coder)
                .sorted()
                .findFirst()
                .orElseThrow();
        vm = InlineWorkbench.viewModel(project, errors, node, coder);
        vm.reload();
    }

    @AfterEach
    void close() throws Exception {
        project.close();
        node.removeNode();
    }

    /** Codings and documents of the code and its sub-codes, counted from the transcripts themselves. */
    private int[] expected(String path, String coder) {
        int codings = 0;
        Set<String> docs = new HashSet<>();
        for (DocumentTranscript t : transcripts) {
            for (DocumentTranscript.Coding c : t.codings()) {
                boolean inBranch = c.codePath().equals(path) || c.codePath().startsWith(path + "/");
                if (inBranch && (coder == null || coder.equals(c.coder()))) {
                    codings++;
                    docs.add(t.name());
                }
            }
        }
        return new int[] {codings, docs.size()};
    }

    @Test
    void countsFollowShowOtherCoders() {
        String me = vm.coderProperty().get();
        assertThat(transcripts.stream()
                        .flatMap(t -> t.codings().stream())
                        .map(DocumentTranscript.Coding::coder)
                        .distinct())
                .as("the demo has two coders")
                .hasSize(2);
        vm.transcript().showOtherCodersProperty().set(true);
        assertThat(vm.codebook().countedCoderProperty().get()).isNull();
        int differing = 0;
        for (CodeNode n : vm.codebook().nodes()) {
            CodebookViewModel.Counts all = vm.codebook().counts(n);
            assertThat(new int[] {all.codingsWithSubCodes(), all.documentsWithSubCodes()})
                    .as(n.path())
                    .containsExactly(expected(n.path(), null));
            assertThat(all.codingsWithSubCodes()).isEqualTo(n.codingsWithDescendants());
            assertThat(all.codings()).isEqualTo(n.codings());
            vm.transcript().showOtherCodersProperty().set(false);
            CodebookViewModel.Counts mine = vm.codebook().counts(n);
            assertThat(new int[] {mine.codingsWithSubCodes(), mine.documentsWithSubCodes()})
                    .as(n.path() + " for " + me)
                    .containsExactly(expected(n.path(), me));
            differing += mine.codingsWithSubCodes() != all.codingsWithSubCodes() ? 1 : 0;
            vm.transcript().showOtherCodersProperty().set(true);
        }
        assertThat(differing).as("some codes have the other coder's codings").isPositive();
        // another coder's name counts that coder's
        vm.transcript().showOtherCodersProperty().set(false);
        vm.coderProperty().set("nobody-yet");
        assertThat(vm.codebook().nodes())
                .allSatisfy(n -> assertThat(vm.codebook().counts(n).codingsWithSubCodes())
                        .isZero());
        assertThat(errors).isEmpty();
    }
}
