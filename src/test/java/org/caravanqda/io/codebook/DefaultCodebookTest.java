package org.caravanqda.io.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.caravanqda.model.CodeDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped codebook codebooks/migration-central-asia.qdc. */
class DefaultCodebookTest {
    static final Path FILE = Path.of("codebooks", "migration-central-asia.qdc");
    static final int TOTAL_CODES = 63;

    private final List<CodeDraft> roots = new QdcCodebookFormat().read(FILE);

    @Test
    void hasTheTopLevelThemesOfTheField() {
        assertThat(roots)
                .extracting(CodeDraft::name)
                .containsExactly(
                        "Exit as voice",
                        "Economic push",
                        "Political neutrality",
                        "Accessibility",
                        "Migration infrastructure",
                        "Trajectory",
                        "Reception and identity",
                        "Departure",
                        "Emotions and well-being",
                        "Interview process");
        assertThat(roots.get(0).definition()).contains("Hirschman (1970)");
        assertThat(child("Migration infrastructure"))
                .containsExactly(
                        "Housing and rent",
                        "Banking and cards",
                        "Documents and registration",
                        "Education and childcare",
                        "Labour market and work",
                        "IT incentives",
                        "Healthcare");
        assertThat(child("Departure"))
                .contains("Spring 2022 wave", "Autumn 2022 mobilisation wave", "Route and border crossing");
    }

    @Test
    void everyCodeIsComplete() {
        List<CodeDraft> all = RefiSamplesTest.flatten(roots).toList();
        assertThat(all).hasSize(TOTAL_CODES);
        assertThat(all).allSatisfy(c -> {
            assertThat(c.name()).doesNotContain("/").isEqualTo(c.name().strip());
            assertThat(c.definition()).as(c.name()).isNotBlank();
            assertThat(c.inclusion()).as(c.name()).isNotBlank();
            assertThat(c.exclusion()).as(c.name()).isNotBlank();
            assertThat(c.example()).as(c.name()).isNotBlank();
            assertThat(c.color()).as(c.name()).matches("#[0-9A-F]{6}");
            assertThat(c.codable()).isTrue();
            assertThat(c.guid()).isNotNull();
        });
        assertThat(all).extracting(CodeDraft::color).doesNotHaveDuplicates();
        assertThat(all).extracting(CodeDraft::guid).doesNotHaveDuplicates();
        assertThat(roots).allSatisfy(r -> assertThat(r.children()).hasSizeBetween(3, 7));
        assertThat(all).filteredOn(c -> c.example().matches(".*[а-яА-Я].*")).hasSizeGreaterThan(20);
        assertThat(all).filteredOn(c -> !c.example().matches(".*[а-яА-Я].*")).hasSizeGreaterThan(20);
    }

    /** An exclusion says which code to use instead; each named code must exist, spelled as a path. */
    @Test
    void exclusionsPointToExistingCodes() {
        Set<String> paths = paths(roots, "");
        Pattern use = Pattern.compile("use ([^.;]+)");
        List<CodeDraft> all = RefiSamplesTest.flatten(roots).toList();
        for (CodeDraft c : all) {
            Matcher m = use.matcher(c.exclusion());
            assertThat(m.find())
                    .as("exclusion of %s names a code to use instead", c.name())
                    .isTrue();
            do {
                String target = m.group(1).strip();
                assertThat(isCodeList(target, paths))
                        .as("'%s' in the exclusion of %s", target, c.name())
                        .isTrue();
            } while (m.find());
        }
    }

    @Test
    void isValidAgainstTheRefiSchema() throws Exception {
        assertThat(SharedRefiFiles.codebookSchemaErrors(FILE)).isEmpty();
    }

    /** The file is in the writer's own form, so exporting it again changes nothing. */
    @Test
    void rewritingReproducesTheFile(@TempDir Path dir) throws Exception {
        Path again = dir.resolve("again.qdc");
        new QdcCodebookFormat().write(roots, Map.of(), "x", again);
        assertThat(Files.readString(again).replaceFirst("origin=\"[^\"]*\"", "origin=\"Caravan\""))
                .isEqualTo(Files.readString(FILE));
    }

    /** A path, or paths joined by "and", "or" or commas (code names may themselves contain "and", "or"). */
    private static boolean isCodeList(String text, Set<String> paths) {
        if (paths.contains(text)) {
            return true;
        }
        for (String sep : List.of(", or ", " or ", " and ", ", ")) {
            for (int i = text.indexOf(sep); i >= 0; i = text.indexOf(sep, i + 1)) {
                if (paths.contains(text.substring(0, i)) && isCodeList(text.substring(i + sep.length()), paths)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> child(String top) {
        return roots.stream().filter(r -> r.name().equals(top)).findFirst().orElseThrow().children().stream()
                .map(CodeDraft::name)
                .toList();
    }

    private static Set<String> paths(List<CodeDraft> codes, String prefix) {
        return codes.stream()
                .flatMap(c -> {
                    String p = prefix + c.name();
                    Set<String> below = paths(c.children(), p + "/");
                    below.add(p);
                    return below.stream();
                })
                .collect(Collectors.toSet());
    }
}
