package org.caravanqda.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.codebook.CodeEdit;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What IndexSync does for each kind of change-log entry: nothing, the documents named, or a rebuild. */
class IndexSyncActionsTest {
    @TempDir
    Path tmp;

    @Test
    void eachActionReachesWhatItChanged() throws Exception {
        try (Project p = TestApp.newProject(tmp)) {
            Path a = Files.writeString(tmp.resolve("a.txt"), "И: Почему вы уехали?\nР: Я не могла молчать.\n");
            Path b = Files.writeString(tmp.resolve("b.txt"), "И: Где вы теперь?\nР: В Алматы, с семьёй.\n");
            p.imports().importFiles(List.of(a, b), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            IndexSync sync = p.search().sync();
            sync.catchUp(Progress.NONE);

            p.pseudonyms().add("Анна", "Мария", null);
            assertThat(sync.catchUp(Progress.NONE))
                    .extracting(IndexSync.Outcome::rebuilt, IndexSync.Outcome::documents)
                    .containsExactly(false, 0);

            String path = p.codebook().add(null, "Silence", "#123456", "anna");
            assertThat(sync.catchUp(Progress.NONE)) // a new code has no codings: nothing to re-index
                    .extracting(IndexSync.Outcome::rebuilt, IndexSync.Outcome::documents)
                    .containsExactly(false, 0);
            p.codings().code(new CodeRequest("a.txt", null, null, "не могла молчать", 1, path, "anna", null));
            assertThat(sync.catchUp(Progress.NONE))
                    .extracting(IndexSync.Outcome::rebuilt, IndexSync.Outcome::documents)
                    .containsExactly(false, 1);

            // a code edit names the documents holding its codings: only a.txt is re-indexed (issue #20)
            p.codebook().edit(path, new CodeEdit("Refusing silence", "#123456", null, null, null, null), "anna");
            assertThat(sync.catchUp(Progress.NONE))
                    .extracting(IndexSync.Outcome::rebuilt, IndexSync.Outcome::documents)
                    .containsExactly(false, 1);
            assertThat(p.search()
                            .search("code:\"Refusing silence\"", SearchScope.SEGMENTS, 10, false)
                            .total())
                    .isEqualTo(1);
        }
    }
}
