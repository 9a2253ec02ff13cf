package org.caravanqda.io.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.model.CodeDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QdcCodebookFormatTest {
    private final QdcCodebookFormat format = new QdcCodebookFormat();

    @TempDir
    Path dir;

    static List<CodeDraft> awkwardTree() {
        CodeDraft silent = new CodeDraft(
                "0a1b2c3d-0000-4000-8000-000000000002",
                "Тихий протест «молча»",
                "#00AA55",
                "Уход как несогласие; \"quotes\", <tags> & ampersands",
                "Inclusion of 'single' quotes",
                "Exclusion: see Economic push",
                "– Я просто уехал.\n– И всё?",
                true,
                List.of());
        CodeDraft folder = new CodeDraft(
                "0a1b2c3d-0000-4000-8000-000000000003", "Folder <&>", null, null, null, null, null, false, List.of());
        CodeDraft exit = new CodeDraft(
                "0a1b2c3d-0000-4000-8000-000000000001",
                "Exit as voice",
                "#C0392B",
                "Leaving as dissent (Hirschman 1970).\n\nSecond paragraph.",
                null,
                null,
                null,
                true,
                List.of(silent, folder));
        CodeDraft econ = new CodeDraft(
                "0a1b2c3d-0000-4000-8000-000000000004",
                "Economic push",
                "#2E86C1",
                null,
                null,
                null,
                "Example only",
                true,
                List.of());
        return List.of(exit, econ);
    }

    @Test
    void roundTripGivesEqualDrafts() {
        Path file = dir.resolve("book.qdc");
        format.write(awkwardTree(), Map.of(), "ignored", file);
        assertThat(format.read(file)).isEqualTo(awkwardTree());
    }

    @Test
    void writtenFileValidatesAgainstTheRefiSchema() throws Exception {
        Path file = dir.resolve("book.qdc");
        List<CodeDraft> tree = List.of(
                new CodeDraft(
                        null,
                        "no guid, short colour",
                        "#abc",
                        null,
                        null,
                        null,
                        null,
                        true,
                        List.of(new CodeDraft(
                                "{ABCDEF01-2345-6789-ABCD-EF0123456789}",
                                "braced",
                                "rgb(1,2,3)",
                                "d",
                                null,
                                null,
                                null,
                                false,
                                List.of()))),
                awkwardTree().get(0));
        format.write(tree, Map.of(), "p", file);
        assertThat(SharedRefiFiles.codebookSchemaErrors(file)).isEmpty();
        String xml = Files.readString(file);
        assertThat(xml)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains(
                        "xmlns=\"urn:QDA-XML:codebook:1.0\"",
                        "color=\"#AABBCC\"",
                        "color=\"#010203\"",
                        "guid=\"abcdef01-2345-6789-abcd-ef0123456789\"",
                        "isCodable=\"false\"",
                        "Inclusion: Inclusion of 'single' quotes");
        assertThat(Files.readAllBytes(file)[0]).as("no BOM").isEqualTo((byte) '<');
    }

    @Test
    void writingGivesFreshUniqueGuidsWhereMissingOrRepeated() {
        Path file = dir.resolve("g.qdc");
        CodeDraft a = new CodeDraft(
                "11111111-1111-1111-1111-111111111111", "a", null, null, null, null, null, true, List.of());
        CodeDraft b = new CodeDraft(
                "11111111-1111-1111-1111-111111111111", "b", null, null, null, null, null, true, List.of());
        CodeDraft c = new CodeDraft(null, "c", null, null, null, null, null, true, List.of());
        format.write(List.of(a, b, c), Map.of(), "p", file);
        List<CodeDraft> read = format.read(file);
        assertThat(read)
                .extracting(CodeDraft::guid)
                .doesNotContainNull()
                .doesNotHaveDuplicates()
                .startsWith("11111111-1111-1111-1111-111111111111");
    }

    @Test
    void anEmptyCodebookIsRefusedAndLeavesNoFile() {
        Path file = dir.resolve("empty.qdc");
        assertThatThrownBy(() -> format.write(List.of(), Map.of(), "p", file))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("at least one code");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void readsLenientlyWhatOtherToolsWrite() throws Exception {
        Path file = write(
                "lenient.qdc",
                "\uFEFF<CodeBook xmlns=\"urn:QDA-XML:codebook:1:0\"><Codes>"
                        + "<Code name=\"No guid / slash\"><Description>Only a definition.\nExample: &lt;quoted&gt;</Description>"
                        + "<Code guid=\"{7C108712-B650-4892-AC0B-FC9A10190C3B}\" name=\"child\" isCodable=\"0\" color=\"#FFF\"/>"
                        + "</Code><Code guid=\"not-a-guid\" name=\"\" isCodable=\"yes\" color=\"red\"/></Codes></CodeBook>");
        List<CodeDraft> read = format.read(file);
        assertThat(read).hasSize(2);
        CodeDraft first = read.get(0);
        assertThat(first.guid()).isNull();
        assertThat(first.name()).isEqualTo("No guid / slash"); // kept as written (issue 17)
        assertThat(first.codable()).isTrue();
        assertThat(first.definition()).isEqualTo("Only a definition.");
        assertThat(first.example()).isEqualTo("<quoted>");
        CodeDraft child = first.children().get(0);
        assertThat(child.guid()).isEqualTo("7c108712-b650-4892-ac0b-fc9a10190c3b");
        assertThat(child.codable()).isFalse();
        assertThat(child.color()).isEqualTo("#FFFFFF");
        CodeDraft second = read.get(1);
        assertThat(second.guid()).isNull();
        assertThat(second.name()).isEqualTo(RefiValues.UNNAMED);
        assertThat(second.color()).isNull();
        assertThat(second.definition()).isNull();
    }

    @Test
    void readsWithoutNamespaceAndNestsAtlasFlatNames() throws Exception {
        Path file = write(
                "atlas.qdc",
                "<?xml version=\"1.0\"?><CodeBook><Codes>"
                        + "<Code guid=\"0983E32E-6866-431A-BD94-DAC9BB963825\" name=\"Coke::diet Coke\" isCodable=\"true\"/>"
                        + "<Code guid=\"7496BA52-9C8D-4396-8FAB-CC438614E453\" name=\"Coke\" isCodable=\"true\"/>"
                        + "<Code guid=\"D299EFAE-5779-46DC-9827-A3D1A5D544BC\" name=\"Pepsi::max\" isCodable=\"true\"/>"
                        + "</Codes></CodeBook>");
        List<CodeDraft> read = format.read(file);
        assertThat(read).extracting(CodeDraft::name).containsExactly("Coke", "Pepsi::max");
        assertThat(read.get(0).children()).extracting(CodeDraft::name).containsExactly("diet Coke");
    }

    @Test
    void duplicateGuidsInAFileAreDroppedAfterTheFirst() throws Exception {
        Path file = write(
                "dup.qdc",
                "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                        + "<Code guid=\"0983E32E-6866-431A-BD94-DAC9BB963825\" name=\"a\" isCodable=\"true\"/>"
                        + "<Code guid=\"0983e32e-6866-431a-bd94-dac9bb963825\" name=\"b\" isCodable=\"true\"/>"
                        + "</Codes></CodeBook>");
        assertThat(format.read(file))
                .extracting(CodeDraft::guid)
                .containsExactly("0983e32e-6866-431a-bd94-dac9bb963825", null);
    }

    @Test
    void refusesWhatIsNotACodebookWithOneClearLine() throws Exception {
        Path html = write("page.qdc", "<html><body/></html>");
        assertThatThrownBy(() -> format.read(html))
                .isInstanceOf(CaravanException.class)
                .hasMessage(
                        "Cannot read page.qdc: not a REFI-QDA codebook (root element <html>, expected <CodeBook> or <Project>)");
        Path broken = write("broken.qdc", "<CodeBook><Codes><Code name=\"x\"");
        assertThatThrownBy(() -> format.read(broken))
                .isInstanceOf(CaravanException.class)
                .hasMessageStartingWith("Cannot read broken.qdc: not well-formed XML at line 1")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> format.read(dir.resolve("missing.qdc")))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("no such file");
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }
}
