package org.caravanqda.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.caravanqda.SharedData;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.SearchHit;
import org.caravanqda.app.search.SearchHits;
import org.caravanqda.app.search.SearchScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hits late in a transcript of more than 100,000 characters are found and highlighted. */
class LongTranscriptTest {
    @TempDir
    Path tmp;

    @Test
    void theLastTurnOfAVeryLongTranscriptIsHighlighted() throws Exception {
        Path gum = SharedData.file("corpus/en-transcripts/gum");
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(gum)) {
            for (Path f :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                text.append(Files.readString(f, StandardCharsets.UTF_8)).append("\n\n");
            }
        }
        text.append("Interviewer: And at the very end?\n\nZhang: Then the zebrafish arrived.\n");
        assertThat(text.length()).isGreaterThan(100_000);
        Path file = tmp.resolve("long.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try (Project p = TestApp.newProject(tmp)) {
            p.imports()
                    .importFiles(
                            List.of(file), new ImportOptions("en", null, null), Progress.NONE, Cancellation.none());
            for (SearchScope scope : List.of(SearchScope.DOCUMENTS, SearchScope.UNITS)) {
                SearchHits r = p.search().search("zebrafish", scope, 10, true);
                assertThat(r.total()).isEqualTo(1);
                SearchHit h = r.hits().get(0);
                assertThat(h.snippet()).contains("**zebrafish**");
                assertThat(h.start()).isLessThan(text.length());
                if (scope == SearchScope.UNITS) {
                    assertThat(h.start()).isGreaterThan(100_000);
                    assertThat(h.speaker()).isEqualTo("Zhang");
                    assertThat(h.text()).isEqualTo("Zhang: Then the zebrafish arrived.");
                }
            }
        }
    }
}
