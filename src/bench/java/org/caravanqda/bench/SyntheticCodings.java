package org.caravanqda.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.DocumentSummary;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.CodeDraft;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coder;
import org.caravanqda.model.Coding;
import org.caravanqda.model.TextUnit;

/**
 * Deterministic codings for the export bench: a two-level codebook, three participant
 * attributes, two coders, and N codings of a turn or part of one, spread over the documents.
 * Stored straight through the store in transactions of {@link #BATCH}, as an import would.
 */
final class SyntheticCodings {
    static final int BATCH = 20_000;
    private static final String[] CITIES = {"Almaty", "Astana", "Bishkek", "Tashkent", "Samarkand"};

    private SyntheticCodings() {}

    static void add(Project p, int segments, long seed, Progress progress) {
        List<CodeDraft> roots = new ArrayList<>();
        for (String root : List.of("Exit as voice", "Economic push", "Political neutrality", "Accessibility")) {
            List<CodeDraft> children = new ArrayList<>();
            for (int c = 1; c <= 4; c++) {
                children.add(new CodeDraft(
                        null, root + " " + c, "#4472C4", "bench code", null, null, null, true, List.of()));
            }
            roots.add(new CodeDraft(null, root, "#ED7D31", "bench code", null, null, null, true, children));
        }
        p.codebook().importDrafts(roots, "bench", "bench");
        Random random = new Random(seed);
        List<DocumentSummary> docs = StoreAccess.of(p).read(s -> s.documents().summaries());
        StoreAccess.of(p).write(s -> {
            long city = s.attributes().define("city", AttributeType.TEXT);
            long wave = s.attributes().define("wave", AttributeType.TEXT);
            long age = s.attributes().define("age", AttributeType.NUMBER);
            for (DocumentSummary d : docs) {
                s.attributes().setForDocument(city, d.id(), AttributeType.TEXT, CITIES[random.nextInt(CITIES.length)]);
                s.attributes()
                        .setForDocument(
                                wave, d.id(), AttributeType.TEXT, random.nextBoolean() ? "spring-2022" : "autumn-2022");
                s.attributes().setForDocument(age, d.id(), AttributeType.NUMBER, 20.0 + random.nextInt(40));
            }
            for (String coder : List.of("bench-a", "bench-b")) {
                if (s.coders().byName(coder).isEmpty()) {
                    s.coders().insert(new Coder(0, coder, "#70AD47"));
                }
            }
            return null;
        });
        Codebook book = StoreAccess.of(p).read(s -> s.codes().codebook());
        long[] codes = book.codes().stream().mapToLong(c -> c.id()).toArray();
        int done = 0;
        for (int d = 0; d < docs.size() && done < segments; d++) {
            int here = (int) ((long) segments * (d + 1) / docs.size()) - done;
            DocumentSummary doc = docs.get(d);
            List<TextUnit> units = StoreAccess.of(p).read(s -> s.documents().units(doc.id()));
            String text = StoreAccess.of(p)
                    .read(s -> s.documents().byId(doc.id()).orElseThrow().text());
            for (int from = 0; from < here; from += BATCH) {
                int n = Math.min(BATCH, here - from);
                StoreAccess.of(p).write(s -> {
                    // one batched insert: a row-by-row insert looks the coder up again for every coding
                    List<Coding> batch = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        TextUnit u = units.get(random.nextInt(units.size()));
                        int length = Math.min(u.end() - u.start(), 80 + random.nextInt(320));
                        int end = u.start() + Math.max(1, length);
                        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
                            end++;
                        }
                        batch.add(new Coding(
                                0,
                                java.util.UUID.randomUUID().toString(),
                                doc.id(),
                                codes[random.nextInt(codes.length)],
                                random.nextBoolean() ? "bench-a" : "bench-b",
                                u.start(),
                                end,
                                Instant.now(),
                                random.nextInt(10) == 0 ? "bench memo" : null));
                    }
                    s.codings().insertAll(batch);
                    return null;
                });
            }
            done += here;
            progress.update("coded " + done + " of " + segments + " bench segments", done, segments);
        }
    }
}
