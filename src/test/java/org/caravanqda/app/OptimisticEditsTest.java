package org.caravanqda.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caravanqda.TestApp;
import org.caravanqda.app.codebook.CodeEdit;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.common.StaleEditException;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.memos.MemoService;
import org.caravanqda.model.Memo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Optimistic versions on an H2 project (issue #20, ADR 0026): an edit naming a version someone else
 * has moved past is refused with the item as it is now, and nothing changes; every edit bumps the version.
 */
class OptimisticEditsTest {
    @TempDir
    Path tmp;

    @Test
    void aStaleEditOfACodeCodingMemoOrPseudonymIsRefusedWithTheLatestData() throws Exception {
        try (Project p = TestApp.newProject(tmp)) {
            Path a = Files.writeString(tmp.resolve("a.txt"), "И: Почему вы уехали?\nР: Я не могла молчать.\n");
            p.imports().importFiles(List.of(a), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            String path = p.codebook().add(null, "Silence", "#123456", "anna");
            long v0 = p.codebook().version(path);
            assertThat(v0).isZero();
            p.codebook().edit(path, new CodeEdit("Refusing silence", "#123456", null, null, null, null), "anna", v0);
            assertThat(p.codebook().version("Refusing silence")).isEqualTo(1);
            assertThatThrownBy(() -> p.codebook()
                            .edit(
                                    "Refusing silence",
                                    new CodeEdit("Mute", "#000000", null, null, null, null),
                                    "boris",
                                    v0))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessage("the code 'Refusing silence' was changed by someone else meanwhile (you saw version 0,"
                            + " it is now 1: 'Refusing silence' #123456); nothing was changed, look again and retry");
            assertThatThrownBy(() -> p.codebook().delete("Refusing silence", true, "boris", v0))
                    .isInstanceOf(StaleEditException.class);
            assertThat(p.codebook().tree()).anyMatch(n -> n.path().equals("Refusing silence"));

            long coding = p.codings()
                    .code(new CodeRequest(
                            "a.txt", null, null, "не могла молчать", 1, "Refusing silence", "anna", null));
            long seen = p.codings().version(coding);
            p.codings().memo(coding, "the core of it", "anna", seen);
            assertThatThrownBy(() -> p.codings().uncode(coding, "boris", seen))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageContaining("memo: the core of it")
                    .satisfies(
                            e -> assertThat(((StaleEditException) e).latest()).isNotNull());
            assertThat(p.codings().codings(null, null, null)).hasSize(1);
            p.codings().uncode(coding, "anna", seen + 1);
            assertThat(p.codings().codings(null, null, null)).isEmpty();

            Memo m = p.memos().add(MemoService.Target.project(), "Plan", "Interview twelve people", "anna");
            long mv = p.memos().version(m.id());
            p.memos().edit(m.id(), null, "Interview fifteen people", "anna", mv);
            assertThatThrownBy(() -> p.memos().remove(m.id(), "boris", mv))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageContaining("Plan: Interview fifteen people");
            p.memos().remove(m.id(), "anna", mv + 1);
            assertThatThrownBy(() -> p.memos().edit(m.id(), null, "gone", "boris", mv + 1))
                    .hasMessageContaining("no memo");

            long entry = p.pseudonyms().add("Анна", "Мария", null);
            long pv = p.pseudonyms().version(entry);
            p.pseudonyms().update(entry, "Анна", "Марина", null, pv);
            assertThatThrownBy(() -> p.pseudonyms().update(entry, "Анна", "Ольга", null, pv))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageContaining("Анна -> Марина");
            p.pseudonyms().removeId(entry, pv + 1);
            assertThatThrownBy(() -> p.pseudonyms().removeId(entry, pv + 2))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessage(
                            "pseudonym entry " + entry + " was removed by someone else meanwhile; nothing was changed");
        }
    }
}
