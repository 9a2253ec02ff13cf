package org.caravanqda.app.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.CodeRepository;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.CodeDraft;
import org.caravanqda.model.Codebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #22: a codebook import costs one insert per new code (it read the whole codebook again for
 * every code: 8,000 codes 38 s, 16,000 150 s), walks the tree without a stack frame per level, and
 * keeps names and depth within what the store and the exports can hold. Counted, not timed (the
 * sizes are measured by `caravan bench codebook`).
 */
class CodebookLimitsTest {
    @TempDir
    Path tmp;

    private static CodeDraft draft(String name, List<CodeDraft> children) {
        return new CodeDraft(null, name, null, null, null, null, null, true, children);
    }

    /** {@code n} codes: 10 roots, each with children, each with grandchildren. */
    private static List<CodeDraft> tree(int roots, int children, int grandchildren) {
        List<CodeDraft> out = new ArrayList<>();
        for (int r = 0; r < roots; r++) {
            List<CodeDraft> kids = new ArrayList<>();
            for (int c = 0; c < children; c++) {
                List<CodeDraft> grand = new ArrayList<>();
                for (int g = 0; g < grandchildren; g++) {
                    grand.add(draft("g" + g, List.of()));
                }
                kids.add(draft("c" + c, grand));
            }
            out.add(draft("root " + r, kids));
        }
        return out;
    }

    /** Counts what the merge asks of the code repository. */
    private record Counted(AtomicInteger codebookReads, AtomicInteger inserts, AtomicInteger updates) {
        StoreSession wrap(StoreSession real) {
            CodeRepository codes = real.codes();
            InvocationHandler counting = (proxy, m, args) -> {
                switch (m.getName()) {
                    case "codebook" -> codebookReads.incrementAndGet();
                    case "insert" -> inserts.incrementAndGet();
                    case "update" -> updates.incrementAndGet();
                    default -> {}
                }
                return invoke(m, codes, args);
            };
            CodeRepository countedCodes = (CodeRepository) Proxy.newProxyInstance(
                    CodeRepository.class.getClassLoader(), new Class<?>[] {CodeRepository.class}, counting);
            return (StoreSession) Proxy.newProxyInstance(
                    StoreSession.class.getClassLoader(),
                    new Class<?>[] {StoreSession.class},
                    (proxy, m, args) -> m.getName().equals("codes") ? countedCodes : invoke(m, real, args));
        }

        private static Object invoke(java.lang.reflect.Method m, Object target, Object[] args) throws Throwable {
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Test
    void anImportReadsTheCodebookOnceAndWritesEachCodeOnce() {
        List<CodeDraft> drafts = tree(10, 10, 10); // 1,110 codes
        Counted n = new Counted(new AtomicInteger(), new AtomicInteger(), new AtomicInteger());
        try (Project p = TestApp.newProject(tmp)) {
            CodebookImport r = StoreAccess.of(p).write(s -> CodebookMerge.merge(n.wrap(s), drafts));

            assertThat(r.added()).isEqualTo(1110);
            assertThat(n.codebookReads()).as("was once per code").hasValue(1);
            assertThat(n.inserts()).hasValue(1110);
            assertThat(n.updates()).hasValue(0);

            Counted again = new Counted(new AtomicInteger(), new AtomicInteger(), new AtomicInteger());
            CodebookImport second = StoreAccess.of(p).write(s -> CodebookMerge.merge(again.wrap(s), drafts));
            assertThat(second.updated()).isEqualTo(1110);
            assertThat(again.codebookReads()).hasValue(1);
            assertThat(again.inserts()).hasValue(0);

            // the tree is stored as it was given: siblings in file order, children under their parents
            List<CodeNode> nodes = p.codebook().tree().stream()
                    .filter(x -> x.path().startsWith("root "))
                    .toList();
            assertThat(nodes.get(0).path()).isEqualTo("root 0");
            assertThat(nodes.get(1).path()).isEqualTo("root 0/c0");
            assertThat(nodes.get(2).path()).isEqualTo("root 0/c0/g0");
            assertThat(nodes.get(11).path()).isEqualTo("root 0/c0/g9");
            assertThat(nodes.get(12).path()).isEqualTo("root 0/c1");
        }
    }

    @Test
    void depthAndNameLengthAreCheckedBeforeAnythingIsStored() {
        CodeDraft deep = draft("bottom", List.of());
        for (int i = Codebook.MAX_DEPTH; i >= 1; i--) {
            deep = draft("level " + i, List.of(deep));
        }
        List<CodeDraft> tooDeep = List.of(deep); // MAX_DEPTH + 1 levels
        assertThatThrownBy(() -> CodebookMerge.check(tooDeep))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("nest more than 100 levels deep");
        assertThatThrownBy(() -> CodebookMerge.check(List.of(draft("x".repeat(501), List.of()))))
                .hasMessageContaining("at most 500 characters; one has 501");
        CodebookMerge.check(List.of(draft("x".repeat(500), List.of()))); // the limit itself is fine
    }

    @Test
    void addingAndMovingKeepNamesAndDepthWithinTheLimits() {
        try (Project p = TestApp.newProject(tmp)) {
            assertThatThrownBy(() -> p.codebook().add(null, "x".repeat(501), "#aa3300", "anna"))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("at most 500 characters");
            String path = null;
            for (int i = 1; i <= Codebook.MAX_DEPTH; i++) {
                path = p.codebook().add(path, "l" + i, "#aa3300", "anna");
            }
            String deepest = path;
            assertThatThrownBy(() -> p.codebook().add(deepest, "one more", "#aa3300", "anna"))
                    .hasMessageContaining("at most 100 levels deep; this would make 101");
            String branch = p.codebook().add(null, "branch", "#aa3300", "anna");
            p.codebook().add(branch, "leaf", "#aa3300", "anna");
            String parentOfDeepest = deepest.substring(0, deepest.lastIndexOf('/'));
            assertThatThrownBy(() -> p.codebook().move(branch, parentOfDeepest, "anna"))
                    .as("a two-level branch under level 99")
                    .hasMessageContaining("this would make 101");
        }
    }
}
