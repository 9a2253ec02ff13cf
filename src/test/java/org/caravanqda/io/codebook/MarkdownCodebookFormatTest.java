package org.caravanqda.io.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.model.CodeDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownCodebookFormatTest {
    private final MarkdownCodebookFormat format = new MarkdownCodebookFormat();

    private static List<CodeDraft> tree() {
        CodeDraft silent = new CodeDraft(
                null,
                "Silent protest",
                "#AA0000",
                "Leaving without a public statement.",
                "Quiet withdrawal named as protest.",
                "Open activism: use Public protest.",
                "Я никому ничего не объяснял,\nпросто купил билет.",
                true,
                List.of());
        CodeDraft exit = new CodeDraft(
                null,
                "Exit as voice",
                "#C0392B",
                "Leaving as dissent (Hirschman 1970).",
                null,
                null,
                null,
                true,
                List.of(silent));
        CodeDraft method = new CodeDraft(null, "Method *notes* | <x>", null, null, null, null, null, false, List.of());
        return List.of(exit, method);
    }

    @Test
    void rendersTitleOutlineAndSectionsWithCounts() {
        String md = MarkdownCodebookFormat.render(
                tree(), Map.of("Exit as voice", 12, "Exit as voice/Silent protest", 5), "Relocants 2022");
        assertThat(md)
                .startsWith("# Codebook: Relocants 2022\n\n3 codes, 2 at the top level.")
                .contains(
                        "## Outline\n\n- Exit as voice (12; 17 with subcodes)\n  - Silent protest (5)\n- Method \\*notes\\* \\| \\<x\\> (0)\n")
                .contains(
                        "\n### Exit as voice\n\n- Path: Exit as voice\n- Colour: `#C0392B`\n- Codings: 12 (17 with its subcodes)\n")
                .contains("Numbers in parentheses are each code's own codings")
                .contains("\n#### Silent protest\n\n- Path: Exit as voice/Silent protest\n")
                .contains("**Definition.** Leaving without a public statement.")
                .contains("**Inclusion.** Quiet withdrawal named as protest.")
                .contains("**Exclusion.** Open activism: use Public protest.")
                .contains("**Example.**\n\n> Я никому ничего не объяснял,\n> просто купил билет.\n")
                .contains("- Colour: none\n- Folder only: not applied to text\n");
        assertThat(md.indexOf("### Exit as voice")).isLessThan(md.indexOf("#### Silent protest"));
    }

    @Test
    void withoutCountsThereAreNoCodingNumbers() {
        String md = MarkdownCodebookFormat.render(tree(), Map.of(), " ");
        assertThat(md).startsWith("# Codebook\n").doesNotContain("Codings:").contains("- Exit as voice\n");
    }

    @Test
    void writesAFileAndRefusesToRead(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("appendix.md");
        format.write(tree(), Map.of(), "P", out);
        assertThat(Files.readString(out)).contains("#### Silent protest");
        assertThat(format.canRead()).isFalse();
        assertThatThrownBy(() -> format.read(out))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("import a .qdc");
    }
}
