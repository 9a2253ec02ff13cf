package org.caravanqda.app.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.ChangeEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codebook panel's use cases (add, rename, recolour, redefine) and the coding memo, each in the change log. */
class CodebookEditsTest {
    @TempDir
    Path tmp;

    @Test
    void addsACodeUnderAParentAndRecordsIt() {
        try (Project p = TestApp.newProject(tmp)) {
            String path = p.codebook().add("Exit as voice", "Leaving as protest", "#AA3300", "anna");
            assertThat(path).isEqualTo("Exit as voice/Leaving as protest");
            CodeNode node = p.codebook().tree().stream()
                    .filter(n -> n.path().equals(path))
                    .findFirst()
                    .orElseThrow();
            assertThat(node.code().color()).isEqualTo("#aa3300");
            assertThat(node.code().codable()).isTrue();
            assertThat(last(p).action()).isEqualTo(ChangeAction.CODE_ADD);
            assertThat(last(p).coder()).isEqualTo("anna");
        }
    }

    @Test
    void refusesDuplicateSiblingsAndBadColoursButKeepsSlashes() {
        try (Project p = TestApp.newProject(tmp)) {
            p.codebook().add(null, "Housing", "#112233", null);
            assertThatThrownBy(() -> p.codebook().add(null, "housing", "#112233", null))
                    .hasMessageContaining("already exists");
            // a '/' in a name is kept; its path writes it as \/ (issue 17)
            p.codebook().add(null, "Negativ/Aufgeregt", "#112233", null);
            assertThat(p.codebook().tree()).anySatisfy(n -> assertThat(n.path()).isEqualTo("Negativ\\/Aufgeregt"));
            p.codebook().add("Negativ\\/Aufgeregt", "laut", "#112233", null);
            assertThat(p.codebook().tree()).anySatisfy(n -> assertThat(n.path()).isEqualTo("Negativ\\/Aufgeregt/laut"));
            assertThatThrownBy(() -> p.codebook().add(null, "Rent", "red", null))
                    .hasMessageContaining("#rrggbb");
            assertThatThrownBy(() -> p.codebook().add("No such code", "Rent", "#112233", null))
                    .hasMessageContaining("unknown code");
        }
    }

    @Test
    void renamesRecoloursAndRedefinesKeepingCodings() throws Exception {
        try (Project p = TestApp.newProject(tmp)) {
            Path file = tmp.resolve("t.txt");
            Files.writeString(file, "И: Почему вы уехали?\nР: Я не могла молчать.\n");
            p.imports().importFiles(List.of(file), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            String path = p.codebook().add(null, "Silence", "#123456", null);
            p.codings().code(new CodeRequest("t.txt", null, null, "не могла молчать", 1, path, "anna", null));

            String renamed = p.codebook()
                    .edit(
                            path,
                            new CodeEdit(
                                    "Refusing silence",
                                    "#654321",
                                    "Speaking up as a reason to leave",
                                    "says why silence was impossible",
                                    " ",
                                    "не могла молчать"),
                            "anna");

            assertThat(renamed).isEqualTo("Refusing silence");
            CodeNode node = p.codebook().tree().stream()
                    .filter(n -> n.path().equals(renamed))
                    .findFirst()
                    .orElseThrow();
            assertThat(node.code().definition()).isEqualTo("Speaking up as a reason to leave");
            assertThat(node.code().exclusion()).isNull();
            assertThat(node.code().color()).isEqualTo("#654321");
            assertThat(p.codings().codings(null, renamed, null))
                    .singleElement()
                    .satisfies(c -> assertThat(c.text()).isEqualTo("не могла молчать"));
            assertThat(last(p).action()).isEqualTo(ChangeAction.CODE_EDIT);
            assertThat(last(p).payload()).contains("\"name\":\"Refusing silence\"");
        }
    }

    @Test
    void movesACodeWithItsSubCodesButNeverUnderItself() {
        try (Project p = TestApp.newProject(tmp)) {
            p.codebook().add(null, "Housing", "#112233", null);
            p.codebook().add("Housing", "Rent", "#112233", null);
            p.codebook().add(null, "Economy", "#445566", null);

            assertThat(p.codebook().move("Housing", "Economy", "anna")).isEqualTo("Economy/Housing");
            assertThat(p.codebook().tree()).extracting(CodeNode::path).contains("Economy/Housing/Rent");
            assertThat(last(p).action()).isEqualTo(ChangeAction.CODE_MOVE);
            assertThatThrownBy(() -> p.codebook().move("Economy", "Economy/Housing/Rent", null))
                    .hasMessageContaining("under itself");
            assertThat(p.codebook().move("Economy/Housing", null, null)).isEqualTo("Housing");
        }
    }

    @Test
    void setsAndClearsACodingMemo() throws Exception {
        try (Project p = TestApp.newProject(tmp)) {
            Path file = tmp.resolve("m.txt");
            Files.writeString(file, "Р: Мы уехали в Алматы.\n");
            p.imports().importFiles(List.of(file), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            String code = p.codebook().add(null, "Destination", "#336699", null);
            long id = p.codings().code(new CodeRequest("m.txt", null, null, "Алматы", 1, code, "anna", null));
            p.codings().memo(id, "  first city named  ", "anna");
            assertThat(p.codings().codings("m.txt", null, null).get(0).memo()).isEqualTo("first city named");
            assertThat(last(p).action()).isEqualTo(ChangeAction.CODING_MEMO);
            p.codings().memo(id, " ", "anna");
            assertThat(p.codings().codings("m.txt", null, null).get(0).memo()).isNull();
            assertThatThrownBy(() -> p.codings().memo(id + 99, "x", "anna")).hasMessageContaining("no coding");
        }
    }

    private static ChangeEntry last(Project p) {
        List<ChangeEntry> all = StoreAccess.of(p).read(s -> s.changeLog().since(0));
        return all.get(all.size() - 1);
    }
}
