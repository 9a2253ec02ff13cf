package org.caravanqda.app.memos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.job.Progress;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.Memo;
import org.caravanqda.model.Memo.MemoTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memos on the demo project's documents, codes, codings and the project: written, found, edited, undone. */
class MemoServiceTest {
    @TempDir
    Path tmp;

    Path dir;

    @BeforeEach
    void demo() {
        dir = tmp.resolve("demo");
        new DemoService(TestApp.app()).build(dir, Progress.NONE);
    }

    @Test
    void memosOnEveryKindOfTargetAreListedWithWhereTheyOpen() {
        try (Project p = TestApp.app().open(dir)) {
            String doc = p.documents().list().get(0).name();
            var coding = p.codings().codings(null, null, null).get(3);
            Memo onDoc = p.memos().add(MemoService.Target.document(doc), "Первое", "Семья в центре", "anna");
            Memo onCode = p.memos().add(MemoService.Target.code("Exit as voice"), null, "Where voice ends", "timur");
            Memo onProject = p.memos().add(MemoService.Target.project(), "Plan", "Code the remaining two", null);
            Memo onCoding = p.memos().add(MemoService.Target.coding(coding.id()), null, "Check the tone", "anna");

            List<MemoEntry> all = p.memos().list(null, null);
            assertThat(all)
                    .extracting(MemoEntry::id)
                    .containsExactly(onDoc.id(), onCode.id(), onProject.id(), onCoding.id());
            assertThat(all.get(0).target()).isEqualTo(doc);
            long docId = all.get(0).documentId();
            assertThat(all.get(1).target()).isEqualTo("Exit as voice");
            assertThat(all.get(1).codeId()).isNotNull();
            assertThat(all.get(2).target()).isEqualTo("project");
            assertThat(all.get(3).codingId()).isEqualTo(coding.id());
            assertThat(all.get(3).start()).isEqualTo(coding.start());
            assertThat(all.get(3).target()).endsWith(" in " + coding.document());
            assertThat(p.memos().list(MemoTarget.CODE, null))
                    .extracting(MemoEntry::id)
                    .containsExactly(onCode.id());
            assertThat(p.memos().list(null, "семья")).extracting(MemoEntry::id).containsExactly(onDoc.id());
            assertThat(p.memos().list(null, "TIMUR")).extracting(MemoEntry::id).containsExactly(onCode.id());
            assertThat(p.memos().ofDocument(docId)).extracting(Memo::id).containsExactly(onDoc.id());
            assertThat(p.memos().codingsWithMemos(all.get(3).documentId())).contains(coding.id());
        }
    }

    @Test
    void editAndRemoveAreUndoneExactlyAndEachIsAnAuditEntry() {
        try (Project p = TestApp.app().open(dir)) {
            Memo m = p.memos().add(MemoService.Target.project(), "Plan", "first", "anna");
            Memo before = p.memos().edit(m.id(), null, "second", "anna");
            assertThat(before.text()).isEqualTo("first");
            MemoEntry edited = p.memos().show(m.id());
            assertThat(edited.memo().text()).isEqualTo("second");
            assertThat(edited.memo().title()).isEqualTo("Plan");
            assertThat(edited.memo().updatedAt()).isNotNull();
            p.memos().revert(before, "anna");
            assertThat(p.memos().show(m.id()).memo()).isEqualTo(before);

            Memo removed = p.memos().remove(m.id(), "anna");
            assertThat(p.memos().list(null, null)).isEmpty();
            p.memos().restore(removed, "anna");
            assertThat(p.memos().show(m.id()).memo()).isEqualTo(removed);
        }
        try (Project p = TestApp.app().open(dir)) {
            assertThat(p.memos().list(null, null)).hasSize(1);
        }
    }

    @Test
    void badInputIsOneClearMessageAndChangesNothing() {
        try (Project p = TestApp.app().open(dir)) {
            assertThatThrownBy(() -> p.memos().add(MemoService.Target.document("nobody.txt"), null, "x", null))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("unknown document");
            assertThatThrownBy(() -> p.memos().add(MemoService.Target.code("No such code"), null, "x", null))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("unknown code");
            assertThatThrownBy(() -> p.memos().add(MemoService.Target.coding(999_999), null, "x", null))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("no coding with id");
            assertThatThrownBy(() -> p.memos().add(MemoService.Target.project(), null, "  ", null))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("needs a text");
            assertThatThrownBy(() -> p.memos().edit(42, null, "x", null))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("no memo with id 42");
            assertThat(p.memos().list(null, null)).isEmpty();
        }
    }

    @Test
    void memoChangesAreInTheAuditTrailAndNeedNoReindex() {
        try (Project p = TestApp.app().open(dir)) {
            p.search(); // the index caught up
            Memo m = p.memos().add(MemoService.Target.project(), null, "note", "anna");
            p.memos().remove(m.id(), "anna");
            assertThat(ChangeAction.fromStored("memo.add")).isEqualTo(ChangeAction.MEMO_ADD);
            assertThat(p.check().run(Progress.NONE).ok()).isTrue();
        }
    }
}
