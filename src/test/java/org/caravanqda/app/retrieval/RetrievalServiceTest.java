package org.caravanqda.app.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Selection;
import org.caravanqda.app.documents.DocumentListing;
import org.caravanqda.app.documents.DocumentTranscript;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.retrieval.RetrievalRequest.Combine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retrieval on the demo project (nine interviews, two coders), checked against the codings as the store lists them. */
class RetrievalServiceTest {
    @TempDir
    static Path tmp;

    private static Project project;

    @BeforeAll
    static void demo() {
        new DemoService(TestApp.app()).build(tmp.resolve("demo"), Progress.NONE);
        project = TestApp.app().open(tmp.resolve("demo"));
    }

    @AfterAll
    static void close() {
        if (project != null) {
            project.close();
        }
    }

    private static List<RetrievedSegment> retrieve(RetrievalRequest r) {
        return project.retrieval().retrieve(r).segments();
    }

    private static Set<Long> ids(List<RetrievedSegment> rows) {
        return rows.stream().map(RetrievedSegment::codingId).collect(Collectors.toSet());
    }

    private static Set<Long> stored(String code, String coder) {
        return project.codings().codings(null, code, coder).stream()
                .map(CodingView::id)
                .collect(Collectors.toSet());
    }

    @Test
    void anyListsEveryCodingOfTheCodeAndItsSubcodesWithTextSpeakerAndContext() {
        List<RetrievedSegment> rows = retrieve(RetrievalRequest.of("Exit as voice"));
        assertThat(ids(rows)).isEqualTo(stored("Exit as voice", null)).hasSizeGreaterThan(10);
        Map<Long, CodingView> views = project.codings().codings(null, "Exit as voice", null).stream()
                .collect(Collectors.toMap(CodingView::id, v -> v));
        Map<String, DocumentTranscript> docs = new java.util.HashMap<>();
        for (RetrievedSegment r : rows) {
            DocumentTranscript d = docs.computeIfAbsent(r.document(), project.documents()::transcript);
            CodingView v = views.get(r.codingId());
            assertThat(r.single()).isTrue();
            assertThat(r.codingIds()).containsExactly(r.codingId());
            assertThat(r.text())
                    .isEqualTo(d.text().substring(r.start(), r.end()))
                    .isEqualTo(v.text());
            assertThat(r.codePath()).isEqualTo(v.code()).startsWith("Exit as voice");
            assertThat(r.coder()).isEqualTo(v.coder());
            assertThat(r.memo()).isEqualTo(v.memo());
            assertThat(r.created()).isEqualTo(v.created());
            // the speaker of the turn where the segment starts
            String speaker = d.units().stream()
                    .filter(u -> u.start() <= r.start() && r.start() < u.end())
                    .findFirst()
                    .orElseThrow()
                    .speaker();
            assertThat(r.speaker()).isEqualTo(speaker);
            // a few words on each side, taken from the text just before and after the segment
            assertThat(r.before().split(" ")).hasSizeLessThanOrEqualTo(RetrievalService.DEFAULT_CONTEXT_WORDS);
            String flatBefore =
                    d.text().substring(0, r.start()).replaceAll("\\s+", " ").strip();
            assertThat(flatBefore).endsWith(r.before());
            String flatAfter =
                    d.text().substring(r.end()).replaceAll("\\s+", " ").strip();
            assertThat(flatAfter).startsWith(r.after());
        }
        assertThat(rows).anyMatch(r -> r.memo() != null);
        // in document and offset order
        assertThat(rows)
                .isSortedAccordingTo(java.util.Comparator.comparing(RetrievedSegment::document)
                        .thenComparingInt(RetrievedSegment::start));
    }

    @Test
    void withoutSubcodesOnlyTheCodeItself() {
        List<RetrievedSegment> own =
                retrieve(new RetrievalRequest(List.of("Political neutrality"), Combine.ANY, false, Selection.all()));
        List<RetrievedSegment> all = retrieve(RetrievalRequest.of("Political neutrality"));
        assertThat(own).isNotEmpty().allSatisfy(r -> assertThat(r.codePath()).isEqualTo("Political neutrality"));
        assertThat(all.size()).isGreaterThan(own.size());
        assertThat(all).anyMatch(r -> r.codePath().startsWith("Political neutrality/"));
    }

    @Test
    void contextWordsAreConfigurable() {
        RetrievalRequest r = RetrievalRequest.of("Accessibility");
        List<RetrievedSegment> none = project.retrieval().retrieve(r, 0).segments();
        List<RetrievedSegment> two = project.retrieval().retrieve(r, 2).segments();
        assertThat(none).allSatisfy(s -> assertThat(s.before() + s.after()).isEmpty());
        assertThat(two).allSatisfy(s -> {
            assertThat(s.before().isEmpty() ? 0 : s.before().split(" ").length).isLessThanOrEqualTo(2);
            assertThat(s.after().isEmpty() ? 0 : s.after().split(" ").length).isLessThanOrEqualTo(2);
        });
        assertThat(two).anyMatch(s -> s.before().split(" ").length == 2);
        assertThatThrownBy(() -> project.retrieval().retrieve(r, -1)).isInstanceOf(CaravanException.class);
    }

    @Test
    void anyOfSeveralCodesIsTheUnionAndAllIsWhereTheyOverlap() {
        // the first two top-level codes whose codings overlap somewhere (character by character)
        List<String> top = project.codebook().tree().stream()
                .filter(n -> n.depth() == 0)
                .map(n -> n.path())
                .toList();
        String a = null;
        String b = null;
        for (int i = 0; i < top.size() && a == null; i++) {
            for (int j = i + 1; j < top.size() && a == null; j++) {
                if (!overlaps(top.get(i), top.get(j)).isEmpty()) {
                    a = top.get(i);
                    b = top.get(j);
                }
            }
        }
        assertThat(a).as("two codes that overlap in the demo").isNotNull();
        List<RetrievedSegment> any = retrieve(new RetrievalRequest(List.of(a, b), Combine.ANY, true, Selection.all()));
        Set<Long> union = new HashSet<>(stored(a, null));
        union.addAll(stored(b, null));
        assertThat(ids(any)).isEqualTo(union);

        // ALL: computed here character by character, per document
        List<RetrievedSegment> all = retrieve(new RetrievalRequest(List.of(a, b), Combine.ALL, true, Selection.all()));
        List<String> expected = overlaps(a, b);
        assertThat(expected).isNotEmpty();
        assertThat(all)
                .extracting(r -> r.document() + ":" + r.start() + "-" + r.end())
                .containsExactlyInAnyOrderElementsOf(expected);
        for (RetrievedSegment r : all) {
            assertThat(r.single()).isFalse();
            assertThat(r.codingId()).isZero();
            DocumentTranscript t = project.documents().transcript(r.document());
            assertThat(r.text()).isEqualTo(t.text().substring(r.start(), r.end()));
            // formed by codings of both codes, each overlapping the passage
            List<DocumentTranscript.Coding> forming = t.codings().stream()
                    .filter(c -> r.codingIds().contains(c.id()))
                    .toList();
            assertThat(forming).hasSize(r.codingIds().size());
            String first = a;
            String second = b;
            assertThat(forming).anyMatch(c -> c.codePath().startsWith(first));
            assertThat(forming).anyMatch(c -> c.codePath().startsWith(second));
            assertThat(forming).allMatch(c -> c.start() < r.end() && r.start() < c.end());
        }
        // one code with ALL is the same as ANY
        assertThat(ids(retrieve(new RetrievalRequest(List.of(a), Combine.ALL, true, Selection.all()))))
                .isEqualTo(stored(a, null));
    }

    @Test
    void sameUnitListsWhatACooccurrenceCellCounts() {
        // the first pair of the CLI's co-occurrence table whose codes are not one inside the other
        List<Object> pair = project.tables().cooccurrence(Selection.all()).rows().stream()
                .filter(r -> !r.get(0).toString().startsWith(r.get(1) + "/")
                        && !r.get(1).toString().startsWith(r.get(0) + "/")
                        && ((Number) r.get(2)).intValue() > 0)
                .findFirst()
                .orElseThrow();
        String a = pair.get(0).toString();
        String b = pair.get(1).toString();
        List<RetrievedSegment> rows =
                retrieve(new RetrievalRequest(List.of(a, b), Combine.SAME_UNIT, true, Selection.all()));
        assertThat(rows).isNotEmpty().allMatch(RetrievedSegment::single);
        int unitsWithBoth = 0;
        Map<String, List<RetrievedSegment>> byDocument =
                rows.stream().collect(Collectors.groupingBy(RetrievedSegment::document));
        for (var e : byDocument.entrySet()) {
            DocumentTranscript t = project.documents().transcript(e.getKey());
            Set<RetrievedSegment> inABothUnit = new HashSet<>();
            for (var u : t.units()) {
                List<RetrievedSegment> here = e.getValue().stream()
                        .filter(r -> r.start() < u.end() && u.start() < r.end())
                        .toList();
                boolean hasA = here.stream().anyMatch(r -> under(r.codePath(), a));
                boolean hasB = here.stream().anyMatch(r -> under(r.codePath(), b));
                if (hasA && hasB) {
                    unitsWithBoth++;
                    inABothUnit.addAll(here);
                }
            }
            // every listed segment lies in a unit that holds both codes
            assertThat(inABothUnit).containsExactlyInAnyOrderElementsOf(e.getValue());
        }
        assertThat(unitsWithBoth).isEqualTo(((Number) pair.get(2)).intValue());
    }

    private static boolean under(String path, String code) {
        return path.equals(code) || path.startsWith(code + "/");
    }

    /** "document:start-end" of each stretch covered by both codes (with sub-codes), found character by character. */
    private static List<String> overlaps(String a, String b) {
        List<String> expected = new ArrayList<>();
        for (DocumentListing d : project.documents().list()) {
            DocumentTranscript t = project.documents().transcript(d.name());
            boolean[] inA = covered(t, a);
            boolean[] inB = covered(t, b);
            int i = 0;
            while (i < t.text().length()) {
                if (inA[i] && inB[i]) {
                    int j = i;
                    while (j < t.text().length() && inA[j] && inB[j]) {
                        j++;
                    }
                    expected.add(d.name() + ":" + i + "-" + j);
                    i = j;
                } else {
                    i++;
                }
            }
        }
        return expected;
    }

    private static boolean[] covered(DocumentTranscript t, String code) {
        boolean[] in = new boolean[t.text().length()];
        t.codings().stream()
                .filter(c -> c.codePath().equals(code) || c.codePath().startsWith(code + "/"))
                .forEach(c -> java.util.Arrays.fill(in, c.start(), c.end(), true));
        return in;
    }

    @Test
    void filtersByCoderDocumentAttributeValueAndQuery() {
        String code = "Exit as voice";
        assertThat(ids(retrieve(new RetrievalRequest(
                        List.of(code), Combine.ANY, true, Selection.of(Set.of("anna"), List.of())))))
                .isEqualTo(stored(code, "anna"))
                .isNotEqualTo(stored(code, null));

        String doc = project.codings().codings(null, code, null).get(0).document();
        List<RetrievedSegment> inDoc =
                retrieve(new RetrievalRequest(List.of(code), Combine.ANY, true, Selection.of(Set.of(), List.of(doc))));
        assertThat(inDoc).isNotEmpty().allSatisfy(r -> assertThat(r.document()).isEqualTo(doc));
        assertThat(ids(inDoc))
                .isEqualTo(project.codings().codings(doc, code, null).stream()
                        .map(CodingView::id)
                        .collect(Collectors.toSet()));

        Set<String> autumn = project.documents().list().stream()
                .filter(d -> "autumn-2022".equals(d.attributes().get("wave")))
                .map(DocumentListing::name)
                .collect(Collectors.toSet());
        List<RetrievedSegment> inAutumn = retrieve(RetrievalRequest.of(code).withAttribute("wave", "autumn-2022"));
        assertThat(inAutumn).isNotEmpty().allSatisfy(r -> assertThat(autumn).contains(r.document()));
        assertThat(ids(inAutumn))
                .isEqualTo(project.codings().codings(null, code, null).stream()
                        .filter(c -> autumn.contains(c.document()))
                        .map(CodingView::id)
                        .collect(Collectors.toSet()));
        // numbers compare as written in the attributes file (34, not 34.0)
        assertThat(retrieve(RetrievalRequest.of(code).withAttribute("age", "34")))
                .allSatisfy(r -> assertThat(r.document()).startsWith("ru-01"));
        assertThat(project.retrieval().choices().attributes().get("age")).contains("34");
        assertThatThrownBy(() -> retrieve(RetrievalRequest.of(code).withAttribute("shoe size", "41")))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("unknown attribute");

        // a query, as the Search tab writes it: the coded segments it finds
        // a word of the first segment (its longest), as typed into the Search tab
        String query = java.util.Arrays.stream(
                        retrieve(RetrievalRequest.of(code)).get(0).text().split("[^\\p{L}]+"))
                .max(java.util.Comparator.comparingInt(String::length))
                .orElseThrow();
        Set<Long> hits = project.search().codingIds(query);
        List<RetrievedSegment> matched = retrieve(new RetrievalRequest(
                List.of(code), Combine.ANY, true, Selection.all().withSegments(c -> hits.contains(c.id()), query)));
        assertThat(matched).isNotEmpty();
        Set<Long> expected = new HashSet<>(stored(code, null));
        expected.retainAll(hits);
        assertThat(ids(matched)).isEqualTo(expected);
        assertThat(matched.size()).isLessThan(stored(code, null).size());
    }

    @Test
    void badInputIsOneClearMessage() {
        assertThatThrownBy(() -> retrieve(RetrievalRequest.of("No such code")))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("unknown code");
        assertThatThrownBy(() -> retrieve(new RetrievalRequest(List.of(), Combine.ANY, true, null)))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("at least one code");
        assertThatThrownBy(() -> retrieve(new RetrievalRequest(
                        List.of("Accessibility"), Combine.ANY, true, Selection.of(Set.of("nobody"), List.of()))))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("unknown coder");
    }
}
