package org.caravanqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.caravanqda.app.Project;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.AutocodeReport;
import org.caravanqda.app.search.AutocodeRequest;
import org.caravanqda.app.search.AutocodeUnit;
import org.caravanqda.app.search.SearchHit;
import org.caravanqda.app.search.SearchScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * kill -9 at random moments of import, auto-coding, export and backup (the packaged jar in a child
 * process, destroyForcibly = SIGKILL), then: `caravan check` passes, no document is half there,
 * an auto-coding run is all or nothing, the repaired index answers as a fresh rebuild does, the
 * lock is gone, and an export or backup file is absent or complete. Seeded: -Dcaravan.kill.seed=N repeats a run.
 */
class KillIT {
    static final int KILLS = Integer.getInteger("caravan.kill.count", 24);
    /** The kill loop stops after this long (a slow machine then kills fewer times; the report says how many). */
    static final long BUDGET_MS = Long.getLong("caravan.kill.budget.ms", 120_000);

    static final int MIN_KILLS = 4;
    /** Short-lived children start faster without the optimizing JIT; what they do is unchanged. */
    static final List<String> JVM = List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1",
            "-jar",
            System.getProperty("caravan.jar", "target/caravan.jar"));

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> QUERIES = List.of("квартира", "court OR judge", "город AND рынок");

    @TempDir
    Path tmp;

    Path project;
    Path corpus;
    String code;
    /** op -> {kills, child had exited before the kill, its change was committed, index repaired by check}. */
    final Map<String, int[]> tally = new LinkedHashMap<>();

    enum Op {
        IMPORT,
        AUTOCODE,
        EXPORT_XLSX,
        EXPORT_QDPX,
        BACKUP
    }

    @Test
    void killedAtRandomMomentsTheProjectStaysWhole() throws Exception {
        corpus = SharedData.dir().resolve("corpus");
        long seed = Long.getLong("caravan.kill.seed", 20261128L);
        Random random = new Random(seed);
        project = tmp.resolve("p");
        Files.createDirectories(tmp.resolve("backups"));
        try (Project p = TestApp.app().create(project, "kill", "ru", null, false)) {
            code = p.codebook().tree().get(0).path();
            p.imports()
                    .importFiles(List.of(batch("base")), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
        }
        Map<Op, Long> duration = new LinkedHashMap<>();
        for (Op op : Op.values()) {
            long t0 = System.nanoTime();
            Process child = start(op, "measure");
            assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(child.exitValue()).as(op + " uncut").isZero();
            duration.put(op, (System.nanoTime() - t0) / 1_000_000);
        }
        long deadline = System.currentTimeMillis() + BUDGET_MS;
        int done = 0;
        for (int i = 0; i < KILLS && System.currentTimeMillis() < deadline; i++, done++) {
            Op op = Op.values()[i % Op.values().length];
            Before before = before();
            String tag = "k" + i;
            Process child = start(op, tag);
            long delay = (long) (duration.get(op) * (0.3 + 0.75 * random.nextDouble()));
            boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
            child.destroyForcibly();
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
            int[] t = tally.computeIfAbsent(op.name().toLowerCase(java.util.Locale.ROOT), k -> new int[4]);
            Outcome o = verify(op, tag, before);
            t[0]++;
            t[1] += finished ? 1 : 0;
            t[2] += o.committed() ? 1 : 0;
            t[3] += o.repaired() ? 1 : 0;
        }
        String report = "seed " + seed + ", " + done + " kills in "
                + (BUDGET_MS - (deadline - System.currentTimeMillis())) / 1000
                + " s; uncut run times (ms, with JVM start) " + duration
                + "; per operation {kills, exited before the kill,"
                + " committed, index repaired by check}: "
                + tally.entrySet().stream()
                        .map(e -> e.getKey() + "=" + java.util.Arrays.toString(e.getValue()))
                        .toList();
        Files.writeString(Path.of("target", "kill-test-report.txt"), report + "\n", StandardCharsets.UTF_8);
        assertThat(done).as(report).isGreaterThanOrEqualTo(Math.min(KILLS, MIN_KILLS));
    }

    record Before(long documents) {}

    private Before before() {
        try (Project p = TestApp.app().open(project)) {
            return new Before(p.documents().stats().documents());
        }
    }

    private Process start(Op op, String tag) throws IOException {
        List<String> args = switch (op) {
            case IMPORT ->
                List.of("import", "-p", project.toString(), batch(tag).toString());
            case AUTOCODE ->
                List.of(
                        "autocode",
                        "-p",
                        project.toString(),
                        "--query",
                        "город OR квартира OR court OR people",
                        "--code",
                        code,
                        "--coder",
                        tag);
            case EXPORT_XLSX ->
                List.of("export", "-p", project.toString(), exportTarget(op).toString());
            case EXPORT_QDPX ->
                List.of("export", "-p", project.toString(), exportTarget(op).toString());
            case BACKUP ->
                List.of("backup", "-p", project.toString(), exportTarget(op).toString());
        };
        if (op != Op.IMPORT && op != Op.AUTOCODE) {
            Files.deleteIfExists(exportTarget(op));
        }
        return child(args, ProcessBuilder.Redirect.DISCARD, tmp.resolve("child-err.txt"));
    }

    private Process child(List<String> args, ProcessBuilder.Redirect out, Path err) throws IOException {
        List<String> cmd = new ArrayList<>(JVM);
        cmd.addAll(args);
        return new ProcessBuilder(cmd)
                .directory(tmp.toFile())
                .redirectOutput(out)
                .redirectError(err.toFile())
                .start();
    }

    private Path exportTarget(Op op) {
        return switch (op) {
            case EXPORT_XLSX -> project.resolve("exports").resolve("kill.xlsx");
            case EXPORT_QDPX -> project.resolve("exports").resolve("kill.qdpx");
            default -> tmp.resolve("backups").resolve("kill.zip");
        };
    }

    /** Real transcripts (Russian guides, English interviews) under names unique to this run. */
    private Path batch(String tag) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("batches").resolve(tag));
        try (Stream<Path> files = Stream.concat(
                Files.walk(corpus.resolve("ru-relocation")), Files.walk(corpus.resolve("en-transcripts")))) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(md|txt)$"))
                    .filter(KillIT::substantial)
                    .toList()) {
                String flat = corpus.relativize(f).toString().replace('/', '_').replace('\\', '_');
                Files.copy(f, dir.resolve(tag + "-" + flat));
            }
        }
        return dir;
    }

    /** Stubs of the guide (a heading and a link) hold no text to import. */
    private static boolean substantial(Path f) {
        try {
            return Files.size(f) > 2048;
        } catch (IOException e) {
            return false;
        }
    }

    record Outcome(boolean committed, boolean repaired) {}

    /** Everything the issue promises after a kill; says whether the killed change got in and whether check repaired the index. */
    private Outcome verify(Op op, String tag, Before before) throws Exception {
        Path out = tmp.resolve("check.json");
        Process check = child(
                List.of("check", "-p", project.toString(), "--format", "json"),
                ProcessBuilder.Redirect.to(out.toFile()),
                tmp.resolve("check-err.txt"));
        assertThat(check.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String json = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(check.exitValue())
                .as(tag + " " + op + ": check after kill: " + json
                        + Files.readString(tmp.resolve("check-err.txt"), StandardCharsets.UTF_8))
                .isZero();
        JsonNode report = JSON.readTree(json);
        assertThat(report.get("ok").asBoolean()).as(json).isTrue();
        boolean repaired = report.get("repairs").size() > 0;
        boolean committed = false;
        try (Project p = TestApp.app().open(project)) {
            long documents = p.documents().stats().documents();
            assertThat(report.get("store").get("documents").asLong()).isEqualTo(documents);
            long batchFiles;
            try (Stream<Path> s = Files.list(tmp.resolve("batches").resolve("base"))) {
                batchFiles = s.count();
            }
            if (op == Op.IMPORT) {
                assertThat(documents)
                        .as(tag + ": a whole import or none")
                        .isIn(before.documents(), before.documents() + batchFiles);
                long mine = p.documents().list().stream()
                        .filter(d -> d.name().startsWith(tag + "-"))
                        .count();
                assertThat(mine).isIn(0L, batchFiles);
                committed = mine > 0;
            } else {
                assertThat(documents).isEqualTo(before.documents());
            }
            if (op == Op.AUTOCODE) {
                AutocodeReport dry = p.autocode()
                        .run(new AutocodeRequest(
                                "город OR квартира OR court OR people",
                                code,
                                AutocodeUnit.parse("hit"),
                                null,
                                tag,
                                true));
                assertThat(dry.alreadyCoded() == 0 || dry.spans().stream().allMatch(s -> s.exists()))
                        .as(tag + ": auto-coding is all or nothing (" + dry.alreadyCoded() + " of "
                                + dry.spans().size() + ")")
                        .isTrue();
                committed = dry.alreadyCoded() > 0;
            } else if (op != Op.IMPORT) {
                committed = Files.exists(exportTarget(op));
            }
            List<List<String>> caughtUp = searches(p);
            p.search().sync().rebuild(Progress.NONE);
            assertThat(searches(p))
                    .as(tag + ": the repaired index answers as a fresh rebuild")
                    .isEqualTo(caughtUp);
        }
        if (op == Op.EXPORT_XLSX || op == Op.EXPORT_QDPX) {
            verifyExport(exportTarget(op), op);
        }
        if (op == Op.BACKUP) {
            verifyBackup(tag, before);
        }
        return new Outcome(committed, repaired);
    }

    /** Absent, or a backup that restores to the project as it is; temporary files only under hidden temp names. */
    private void verifyBackup(String tag, Before before) throws IOException {
        Path zip = exportTarget(Op.BACKUP);
        if (Files.exists(zip)) {
            Path copy = tmp.resolve("restored-" + tag);
            TestApp.app().restore(zip, copy, false);
            try (Project p = TestApp.app().open(copy)) {
                assertThat(p.documents().stats().documents()).isEqualTo(before.documents());
            }
        }
        try (Stream<Path> s = Files.list(zip.getParent())) {
            assertThat(s.map(f -> f.getFileName().toString()).filter(n -> !n.equals("kill.zip")))
                    .allMatch(n -> n.startsWith(".") && n.endsWith(".tmp"));
        }
    }

    private static List<List<String>> searches(Project p) {
        List<List<String>> out = new ArrayList<>();
        for (String q : QUERIES) {
            out.add(p.search().search(q, SearchScope.UNITS, 100_000, false).hits().stream()
                    .map(KillIT::key)
                    .sorted()
                    .toList());
        }
        return out;
    }

    /** Where a hit is; scores may differ, as an updated index still counts deleted entries in its statistics. */
    private static String key(SearchHit h) {
        return h.document() + "@" + h.start() + "-" + h.end();
    }

    /** Absent, or a complete zip whose every entry reads with a good CRC; temporary files only under hidden temp names. */
    private static void verifyExport(Path target, Op op) throws Exception {
        if (Files.exists(target)) {
            try (ZipFile z = new ZipFile(target.toFile())) {
                List<String> names = z.stream().map(ZipEntry::getName).toList();
                assertThat(names).contains(op == Op.EXPORT_XLSX ? "xl/workbook.xml" : "project.qde");
                for (ZipEntry e : z.stream().toList()) {
                    try (InputStream in = z.getInputStream(e)) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                }
                if (op == Op.EXPORT_QDPX) {
                    try (InputStream in = z.getInputStream(z.getEntry("project.qde"))) {
                        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                        f.setNamespaceAware(true);
                        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                        assertThat(f.newDocumentBuilder()
                                        .parse(in)
                                        .getDocumentElement()
                                        .getLocalName())
                                .isEqualTo("Project");
                    }
                }
            }
        }
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertThat(s.map(f -> f.getFileName().toString())
                            .filter(n -> !n.equals("kill.xlsx") && !n.equals("kill.qdpx")))
                    .allMatch(n -> n.startsWith(".") && n.endsWith(".tmp"));
        }
    }
}
