package org.caravanqda.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.common.TempFolders;
import org.caravanqda.app.export.ExportRequest;
import org.caravanqda.app.export.ExportSummary;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.imports.ImportReport;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.SearchHits;
import org.caravanqda.app.search.SearchScope;

/**
 * Builds the demo project from the bundled fictional interviews: default codebook, the
 * interviews with their participant attributes, and two coders' demo codings.
 */
public final class DemoService {
    static final String RESOURCES = "/org/caravanqda/demo/";
    private final Caravan app;

    public DemoService(Caravan app) {
        this.app = app;
    }

    /** The demo ends with an Excel export inside the project: exports/demo-coded-segments.xlsx. */
    public static final String EXPORT = "demo-coded-segments.xlsx";

    /** Queries the demo runs to show search: morphology, codes with text, attributes. */
    static final List<DemoQuery> QUERIES = List.of(
            new DemoQuery(
                    "уехать -speaker:(И Интервьюер Interviewer)",
                    SearchScope.UNITS,
                    "every form of уехать (уехала, уехали, ...) in what the participants said"),
            new DemoQuery(
                    "code:\"Exit as voice\" AND text:(молчать OR протест OR тюрьма)",
                    SearchScope.SEGMENTS,
                    "segments coded Exit as voice (or a sub-code) that speak of silence, protest or prison"),
            new DemoQuery(
                    "attr.wave:autumn-2022 AND (мобилизация OR mobilisation)",
                    SearchScope.UNITS,
                    "what the autumn-2022 wave says about the mobilisation"));

    public record DemoQuery(String query, SearchScope scope, String what) {}

    public record DemoReport(
            Path project,
            ImportReport imported,
            int codings,
            List<String> coders,
            int codes,
            Map<DemoQuery, SearchHits> queries,
            Path export) {}

    public DemoReport build(Path dir, Progress progress) {
        if (app.isProject(dir)) {
            throw new CaravanException(dir + " already holds a project; choose another --dir or delete it");
        }
        Path staging = stage();
        try (Project p = app.create(dir, "Caravan demo: relocation to Central Asia", "ru", null, false)) {
            Path attributes = staging.resolve("attributes.csv");
            List<Path> interviews = interviewFiles(staging, attributes);
            ImportReport imported = p.imports()
                    .importFiles(
                            interviews, new ImportOptions(null, attributes, "demo"), progress, Cancellation.none());
            List<CodeRequest> requests = codings(staging.resolve("codings.tsv"));
            progress.update("applying " + requests.size() + " demo codings", 0, requests.size());
            p.codings().codeAll(requests);
            progress.update("applied demo codings", requests.size(), requests.size());
            List<String> coders = requests.stream()
                    .map(CodeRequest::coder)
                    .distinct()
                    .sorted()
                    .toList();
            Map<DemoQuery, SearchHits> results = new LinkedHashMap<>();
            QUERIES.forEach(q -> results.put(q, p.search().search(q.query(), q.scope(), 3, true)));
            ExportSummary export = p.exports()
                    .export(
                            new ExportRequest(Path.of(EXPORT), Selection.all(), 5, false),
                            // the export's own lines ("exported ru-01 (12 segments)") would read as the demo's outcome
                            (message, done, total) -> progress.update("writing the example export", done, total),
                            Cancellation.none());
            progress.update("the demo project is ready", 1, 1);
            return new DemoReport(
                    p.directory(),
                    imported,
                    requests.size(),
                    coders,
                    (int) p.documents().stats().codes(),
                    results,
                    export.file());
        } finally {
            TempFolders.deleteTree(staging);
        }
    }

    /** The interviews are the documents the attributes table names, so the two cannot drift apart. */
    private List<Path> interviewFiles(Path staging, Path attributes) {
        List<List<String>> rows = app.tables().read(attributes);
        List<Path> files = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            files.add(copy(row.get(0).strip(), staging));
        }
        return files;
    }

    private static List<CodeRequest> codings(Path tsv) {
        try {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            List<CodeRequest> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                // document, code, quote, occurrence, coder, memo
                String[] f = line.split("\t", -1);
                int occurrence = f[3].isBlank() ? 1 : Integer.parseInt(f[3].strip());
                out.add(new CodeRequest(f[0], null, null, f[2], occurrence, f[1], f[4], f.length > 5 ? f[5] : null));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("demo codings unreadable", e);
        }
    }

    private static Path stage() {
        try {
            Path dir = Files.createTempDirectory("caravan-demo");
            copy("attributes.csv", dir);
            copy("codings.tsv", dir);
            return dir;
        } catch (IOException e) {
            throw new CaravanException("cannot prepare the demo files: " + e.getMessage(), e);
        }
    }

    private static Path copy(String name, Path dir) {
        try (InputStream in = DemoService.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing: " + name);
            }
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new CaravanException("cannot prepare the demo files: " + e.getMessage(), e);
        }
    }
}
