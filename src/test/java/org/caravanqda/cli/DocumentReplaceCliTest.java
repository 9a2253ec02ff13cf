package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * caravan document replace | revert | history | old-text | orphans | attach | drop-orphan on the
 * demo project (two coders' codings): the report, codings that keep their text, orphans kept and
 * attached again, a revert that puts every coding back, and bad input that changes nothing.
 */
class DocumentReplaceCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    String demo;
    String doc;
    String text;

    @BeforeEach
    void demo() throws Exception {
        demo = tmp.resolve("demo").toString();
        new DemoService(TestApp.app()).build(Path.of(demo), Progress.NONE);
        doc = JSON.readTree(
                        CliRun.of("documents", "-p", demo, "--format", "json").out())
                .get(0)
                .get("name")
                .asString();
        try (Project p = TestApp.app().open(Path.of(demo))) {
            text = p.documents().transcript(doc).text();
        }
    }

    private JsonNode codings() throws Exception {
        CliRun r = CliRun.of("codings", "-p", demo, "--document", doc, "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private Map<Long, String> textsById(JsonNode codings) {
        Map<Long, String> m = new HashMap<>();
        codings.forEach(c -> m.put(c.get("id").asLong(), c.get("text").asString()));
        return m;
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void aCorrectionKeepsCodingsOrphansTheDeletedOneAndRevertPutsEverythingBack() throws Exception {
        JsonNode before = codings();
        assertThat(before.size()).isGreaterThan(2);
        Map<Long, String> texts = textsById(before);
        JsonNode victim = before.get(before.size() - 1);
        String deleted = victim.get("text").asString();
        // a header line added at the top, and the last coding's whole text deleted
        String corrected = "[Расшифровка проверена 03.12.2026]\n"
                + text.substring(0, victim.get("start").asInt())
                + text.substring(victim.get("end").asInt());
        Path fixed = file("fixed.txt", corrected);

        CliRun dry = CliRun.of("document", "replace", "-p", demo, "--document", doc, fixed.toString(), "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("dry run: nothing was changed").contains("orphaned");
        assertThat(codings()).isEqualTo(before);

        CliRun run =
                CliRun.of("document", "replace", "-p", demo, "--document", doc, fixed.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("codings").asInt()).isEqualTo(before.size());
        List<Long> orphaned = report.get("orphaned")
                .valueStream()
                .map(o -> o.get("coding").asLong())
                .toList();
        assertThat(orphaned).contains(victim.get("id").asLong());
        JsonNode after = codings();
        assertThat(after.size() + orphaned.size()).isEqualTo(before.size());
        for (JsonNode c : after) { // every coding outside the deleted passage codes exactly what it did
            if (!deleted.contains(texts.get(c.get("id").asLong()))) {
                assertThat(c.get("text").asString())
                        .isEqualTo(texts.get(c.get("id").asLong()));
            }
        }

        CliRun list = CliRun.of("document", "orphans", "-p", demo, "--format", "json");
        assertThat(JSON.readTree(list.out()).get(0).get("text").asString()).isEqualTo(deleted);
        CliRun history = CliRun.of("document", "history", "-p", demo, "--document", doc, "--format", "json");
        long revision = JSON.readTree(history.out()).get(0).get("id").asLong();
        // the table's last line counts them in good English
        assertThat(CliRun.of("document", "history", "-p", demo, "--document", doc)
                        .out()
                        .strip())
                .endsWith("\n1 revision");
        CliRun old = CliRun.of("document", "old-text", "-p", demo, "--document", doc, String.valueOf(revision));
        assertThat(old.out()).isEqualTo(text);

        CliRun revert = CliRun.of("document", "revert", "-p", demo, "--document", doc);
        assertThat(revert.exit()).as(revert.err()).isZero();
        assertThat(revert.out()).contains("restored");
        assertThat(codings()).isEqualTo(before);
        assertThat(JSON.readTree(CliRun.of("document", "orphans", "-p", demo, "--format", "json")
                        .out()))
                .isEmpty();
    }

    @Test
    void anOrphanIsAttachedAgainByQuoteOrRemoved() throws Exception {
        JsonNode before = codings();
        JsonNode victim = before.get(0);
        String corrected = text.substring(0, victim.get("start").asInt())
                + text.substring(victim.get("end").asInt());
        CliRun run = CliRun.of(
                "document",
                "replace",
                "-p",
                demo,
                "--document",
                doc,
                file("a.txt", corrected).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("orphans are kept");
        List<JsonNode> orphans = JSON.readTree(CliRun.of("document", "orphans", "-p", demo, "--format", "json")
                        .out())
                .valueStream()
                .toList();
        assertThat(orphans).isNotEmpty();
        long id = orphans.get(0).get("id").asLong();
        String quote = corrected.strip().substring(0, 12);
        CliRun attach =
                CliRun.of("document", "attach", "-p", demo, String.valueOf(id), "--quote", quote, "--occurrence", "1");
        assertThat(attach.exit()).as(attach.err()).isZero();
        assertThat(textsById(codings())).containsEntry(id, quote);
        CliRun again = CliRun.of("document", "attach", "-p", demo, String.valueOf(id), "--quote", quote);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("no orphaned coding " + id).doesNotContain("Exception");
        if (orphans.size() > 1) {
            long other = orphans.get(1).get("id").asLong();
            assertThat(CliRun.of("document", "drop-orphan", "-p", demo, String.valueOf(other))
                            .exit())
                    .isZero();
            assertThat(textsById(codings())).doesNotContainKey(other);
        }
    }

    @Test
    void badInputExitsOneAndChangesNothing() throws Exception {
        JsonNode before = codings();
        Path binary = tmp.resolve("broken.txt");
        Files.write(binary, new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 0, 7});
        Path blank = file("blank.txt", "   \n\n");
        Path same = file("same.txt", text);
        Path pdf = file("scan.pdf", "%PDF-1.4");
        for (String[] args : List.of(
                new String[] {"--document", doc, tmp.resolve("missing.txt").toString()},
                new String[] {"--document", "no such interview", same.toString()},
                new String[] {"--document", doc, binary.toString()},
                new String[] {"--document", doc, blank.toString()},
                new String[] {"--document", doc, same.toString()},
                new String[] {"--document", doc, pdf.toString()},
                new String[] {"--document", doc, tmp.toString()})) {
            String[] all = new String[args.length + 4];
            System.arraycopy(new String[] {"document", "replace", "-p", demo}, 0, all, 0, 4);
            System.arraycopy(args, 0, all, 4, args.length);
            CliRun r = CliRun.of(all);
            assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(1);
            assertThat(r.err())
                    .startsWith("caravan: ")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
        assertThat(codings()).isEqualTo(before);
        CliRun history = CliRun.of("document", "history", "-p", demo, "--document", doc, "--format", "json");
        assertThat(JSON.readTree(history.out())).isEmpty();
        CliRun revert = CliRun.of("document", "revert", "-p", demo, "--document", doc);
        assertThat(revert.exit()).isEqualTo(1);
        assertThat(revert.err()).contains("never been corrected");
    }
}
