package org.caravanqda.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.app.search.SearchScope;
import org.caravanqda.app.search.SearchService;
import org.caravanqda.bench.port.LikeBaseline;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.Code;
import org.caravanqda.model.CodeDraft;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;

/**
 * The search figures of `caravan bench`: codes the imported corpus with N synthetic segments,
 * indexes them, then times term, phrase, text+code, attribute-range and highlighted queries
 * against the same searches done with SQL LIKE over the segment texts, in the same run.
 */
final class SearchBench {
    private static final int RUNS = 60;
    private static final int LIKE_RUNS = 3;
    private static final int WARM_UP_ROUNDS = 30;
    private final Project project;
    private final LikeBaseline like;
    private final Map<String, Double> metrics;

    SearchBench(Project project, LikeBaseline like, Map<String, Double> metrics) {
        this.project = project;
        this.like = like;
        this.metrics = metrics;
    }

    void run(int segments, long seed, Progress progress) {
        List<Code> codes = codebook();
        Random random = new Random(seed);
        List<String> texts = codeCorpus(segments, codes, random, progress);
        long t0 = System.nanoTime();
        project.search().sync().rebuild(progress);
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        metrics.put("search.segments", (double) project.search().facts().segments());
        metrics.put("search.index.seconds", round(indexSeconds));
        metrics.put("search.index.bytes", (double) project.search().facts().bytes());

        QueryWords w = QueryWords.from(texts.subList(0, Math.min(texts.size(), 20_000)));
        Code top = codes.get(0);
        Set<Long> topIds = StoreAccess.of(project)
                .read(s ->
                        s.codes().codebook().subtree(top).stream().map(Code::id).collect(Collectors.toSet()));
        Set<Long> ageDocs = documentsAged(30, 40);
        SearchService search = project.search();
        warmUp(
                search,
                List.of(
                        "text:" + w.term,
                        "\"" + w.phrase + "\"",
                        "text:" + w.term + " AND code:\"" + top.name() + "\"",
                        "attr.age:[30 TO 40] AND text:" + w.term));
        time("term", "text:" + w.term, () -> like.count(w.term, null, null), search);
        time("phrase", "\"" + w.phrase + "\"", () -> like.count(w.phrase, null, null), search);
        time(
                "boolean",
                "text:" + w.term + " AND code:\"" + top.name() + "\"",
                () -> like.count(w.term, topIds, null),
                search);
        time("range", "attr.age:[30 TO 40] AND text:" + w.term, () -> like.count(w.term, null, ageDocs), search);
        Latency hl = Latency.of(
                5,
                RUNS,
                () -> search.search("text:" + w.term, SearchScope.SEGMENTS, 20, true)
                        .total());
        metrics.put("search.highlight.medianMs", round(hl.medianMs()));
        metrics.put("search.highlight.p95Ms", round(hl.p95Ms()));
    }

    /**
     * Steady state, as in a session that has been searching for a while: every query runs
     * {@value #WARM_UP_ROUNDS} times before any is timed, so the JIT has compiled Lucene's hot
     * paths (with only its own warm-up, the first query timed also paid for that).
     */
    private static void warmUp(SearchService search, List<String> queries) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (String q : queries) {
                search.search(q, SearchScope.SEGMENTS, 100, false);
                search.search(q, SearchScope.SEGMENTS, 20, true);
            }
        }
    }

    private void time(String name, String query, java.util.function.LongSupplier likeQuery, SearchService search) {
        Latency lucene = Latency.of(
                10,
                RUNS,
                () -> search.search(query, SearchScope.SEGMENTS, 100, false).total());
        Latency sql = Latency.of(1, LIKE_RUNS, likeQuery);
        metrics.put("search." + name + ".medianMs", round(lucene.medianMs()));
        metrics.put("search." + name + ".p95Ms", round(lucene.p95Ms()));
        metrics.put("search." + name + ".hits", (double) lucene.hits());
        metrics.put("search.like." + name + ".medianMs", round(sql.medianMs()));
        metrics.put("search.like." + name + ".hits", (double) sql.hits());
        metrics.put("search." + name + ".speedupVsLike", round(sql.medianMs() / Math.max(lucene.medianMs(), 0.001)));
    }

    /** Five themes of four sub-codes, like a small real codebook. */
    private List<Code> codebook() {
        List<CodeDraft> roots = new ArrayList<>();
        for (int t = 1; t <= 5; t++) {
            List<CodeDraft> children = new ArrayList<>();
            for (int c = 1; c <= 4; c++) {
                children.add(
                        new CodeDraft(null, "Theme " + t + " sub " + c, null, null, null, null, null, true, List.of()));
            }
            roots.add(new CodeDraft(null, "Theme " + t, null, null, null, null, null, true, children));
        }
        project.codebook().importDrafts(roots, "bench", "bench");
        return StoreAccess.of(project).read(s -> s.codes().codebook().inTreeOrder());
    }

    /** Inserts the codings and the LIKE table, document by document; returns the segment texts. */
    private List<String> codeCorpus(int segments, List<Code> codes, Random random, Progress progress) {
        List<Long> docIds = StoreAccess.of(project)
                .read(s -> s.documents().summaries().stream().map(d -> d.id()).toList());
        List<Long> codeIds = codes.stream().map(Code::id).toList();
        like.create();
        List<String> texts = new ArrayList<>();
        StoreAccess.of(project).write(s -> {
            s.coders().insert(new org.caravanqda.model.Coder(0, "anna", "#1f77b4"));
            s.coders().insert(new org.caravanqda.model.Coder(0, "timur", "#d62728"));
            long age = s.attributes().define("age", AttributeType.NUMBER);
            for (int i = 0; i < docIds.size(); i++) {
                s.attributes().setForDocument(age, docIds.get(i), AttributeType.NUMBER, 20.0 + random.nextInt(45));
            }
            return null;
        });
        for (int i = 0; i < docIds.size(); i++) {
            long id = docIds.get(i);
            int count = segments / docIds.size() + (i < segments % docIds.size() ? 1 : 0);
            progress.update("coding synthetic segments", i, docIds.size());
            List<LikeBaseline.Row> rows = StoreAccess.of(project).write(s -> {
                Document d = s.documents().byId(id).orElseThrow();
                s.codings().insertAll(SearchSegments.of(d, s.documents().units(id), codeIds, count, random));
                s.changeLog()
                        .append(
                                "bench",
                                ChangeAction.CODING_ADD_BULK,
                                "{\"document\":" + id + ",\"count\":" + count + "}");
                List<LikeBaseline.Row> out = new ArrayList<>();
                for (Coding c : s.codings().find(new CodingFilter(id, null, null))) {
                    out.add(new LikeBaseline.Row(
                            c.id(), id, c.codeId(), d.text().substring(c.start(), c.end())));
                }
                return out;
            });
            like.add(rows);
            if (texts.size() < 20_000) {
                rows.forEach(r -> texts.add(r.text()));
            }
        }
        return texts;
    }

    private Set<Long> documentsAged(double from, double to) {
        return StoreAccess.of(project)
                .read(s -> s.attributes().byDocument().entrySet().stream()
                        .filter(e -> e.getValue().stream()
                                .anyMatch(v -> v.attribute().equals("age")
                                        && (Double) v.value() >= from
                                        && (Double) v.value() <= to))
                        .map(Map.Entry::getKey)
                        .collect(Collectors.toSet()));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
