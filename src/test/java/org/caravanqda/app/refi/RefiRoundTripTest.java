package org.caravanqda.app.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import org.caravanqda.TestApp;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.CodingFilter;
import org.caravanqda.io.refi.RefiFiles;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.Code;
import org.caravanqda.model.Codebook;
import org.caravanqda.model.Coder;
import org.caravanqda.model.Coding;
import org.caravanqda.model.Document;
import org.caravanqda.model.Memo;
import org.caravanqda.model.ParticipantCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Caravan -> .qdpx -> Caravan keeps documents, codes, codings (same coded text), coders, memos,
 * attributes and cases, on Cyrillic, emoji and CRLF text; every export validates against the XSD.
 */
class RefiRoundTripTest {
    static final String INTERVIEW = "И: Почему вы уехали в Алматы?\r\nР: После 21 сентября 🙁 стало страшно.\r\n"
            + "Р: Здесь 🇰🇿 спокойнее, но 👨‍👩‍👧 скучает.\r\n";
    static final String NOTES = "Tashkent: o‘zbek tili 😀 and English.\nSecond line.\n";

    @Test
    void aProjectSurvivesTheRoundTrip(@TempDir Path tmp) throws Exception {
        Path qdpx = tmp.resolve("out.qdpx");
        List<String> before;
        try (Project p = sample(tmp)) {
            before = snapshot(p);
            RefiExportSummary s = p.refiExports().export(qdpx, false);
            assertThat(s.documents()).isEqualTo(3);
            assertThat(s.warnings()).anyMatch(w -> w.contains("CRLF")).anyMatch(w -> w.contains("BMP"));
        }
        assertThat(RefiFiles.qdpxSchemaErrors(qdpx)).isEmpty();
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            assertThat(zip.stream().map(e -> e.getName()).filter(n -> !n.equals("project.qde")))
                    .allMatch(n -> n.startsWith("sources/") && n.endsWith(".txt"));
        }
        Caravan.CreatedFromRefi back = TestApp.app().createFrom(tmp.resolve("back"), null, null, qdpx, "importer");
        try (Project p = back.project()) {
            assertThat(back.report().warnings()).isEmpty();
            assertThat(back.report().notImported()).isEmpty();
            assertThat(snapshot(p)).containsExactlyElementsOf(before);
        }
    }

    @Test
    void lfLineEndsExportValidatesAndKeepsCodedText(@TempDir Path tmp) throws Exception {
        Path qdpx = tmp.resolve("lf.qdpx");
        List<String> codedBefore;
        try (Project p = sample(tmp)) {
            codedBefore = codedTexts(p);
            RefiExportSummary s = p.refiExports().export(qdpx, true);
            assertThat(s.warnings()).noneMatch(w -> w.contains("CRLF"));
        }
        assertThat(RefiFiles.qdpxSchemaErrors(qdpx)).isEmpty();
        Caravan.CreatedFromRefi back = TestApp.app().createFrom(tmp.resolve("back"), null, null, qdpx, "importer");
        try (Project p = back.project()) {
            assertThat(StoreAccess.of(p).read(s -> s.documents().all()).stream().map(Document::text))
                    .noneMatch(t -> t.contains("\r"));
            assertThat(codedTexts(p))
                    .containsExactlyElementsOf(codedBefore.stream()
                            .map(t -> t.replace("\r\n", "\n"))
                            .toList());
        }
    }

    /** A project with three documents, two coders, memos on everything, attributes and a case. */
    static Project sample(Path tmp) throws Exception {
        Project p = TestApp.newProject(tmp);
        Path a = Files.writeString(tmp.resolve("интервью-01.txt"), INTERVIEW, StandardCharsets.UTF_8);
        Path b = Files.writeString(tmp.resolve("notes.txt"), NOTES, StandardCharsets.UTF_8);
        p.imports()
                .importFiles(List.of(a, b), new ImportOptions(null, null, "anna"), Progress.NONE, Cancellation.none());
        String code = p.codebook().tree().get(1).path();
        String other = p.codebook().tree().get(3).path();
        p.codings()
                .code(new CodeRequest(
                        "интервью-01.txt",
                        null,
                        null,
                        "После 21 сентября 🙁 стало страшно.",
                        1,
                        code,
                        "anna",
                        "страх после мобилизации"));
        p.codings()
                .code(new CodeRequest(
                        "интервью-01.txt", null, null, "страшно.\r\nР: Здесь 🇰🇿", 1, other, "timur", null));
        p.codings().code(new CodeRequest("notes.txt", null, null, "😀 and English", 1, code, "timur", null));
        StoreAccess.of(p).write(s -> {
            long doc = s.documents()
                    .insert(
                            new Document(
                                    0,
                                    "7d0f5a4e-1c7b-4d3a-9a55-0c2f0d7e9b11",
                                    "memo-doc.txt",
                                    "ru",
                                    "Третий документ.\r\n",
                                    "x",
                                    2,
                                    Instant.now(),
                                    "memo-doc.txt",
                                    "памятка документа"),
                            List.of(new org.caravanqda.model.TextUnit(
                                    0, org.caravanqda.model.UnitKind.PARAGRAPH, null, 0, 16, null)));
            long docA = s.documents().byName("интервью-01.txt").orElseThrow().id();
            Codebook book = s.codes().codebook();
            Code c = book.inTreeOrder().get(1);
            long coding = s.codings().find(CodingFilter.ALL).get(0).id();
            Instant t = Instant.parse("2026-11-01T10:00:00Z");
            s.memos().insert(new Memo(0, Memo.MemoTarget.PROJECT, 0, "План", "Общий план 🙂", "anna", t));
            s.memos()
                    .insert(new Memo(
                            0, Memo.MemoTarget.DOCUMENT, docA, "О документе", "Строка 1\nСтрока 2", "timur", t));
            s.memos().insert(new Memo(0, Memo.MemoTarget.CODE, c.id(), "О коде", "Определение уточнить", null, t));
            s.memos().insert(new Memo(0, Memo.MemoTarget.CODING, coding, "О цитате", "Важно", "anna", t));
            long age = s.attributes().define("age", AttributeType.NUMBER);
            long city = s.attributes().define("city", AttributeType.TEXT);
            long since = s.attributes().define("since", AttributeType.DATE);
            long fam = s.attributes().define("family", AttributeType.BOOLEAN);
            s.attributes().setForDocument(age, docA, AttributeType.NUMBER, 34.0);
            s.attributes().setForDocument(city, docA, AttributeType.TEXT, "Алматы");
            s.attributes().setForDocument(since, doc, AttributeType.DATE, LocalDate.of(2022, 9, 21));
            long cs = s.cases()
                    .insert(new ParticipantCase(
                            0, "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d", "Участник 1", "описание", List.of(docA, doc)));
            s.cases().setValue(fam, cs, AttributeType.BOOLEAN, true);
            s.cases().setValue(age, cs, AttributeType.NUMBER, 34.5);
            return null;
        });
        return p;
    }

    static List<String> codedTexts(Project p) {
        return StoreAccess.of(p).read(s -> {
            List<String> out = new ArrayList<>();
            for (Coding c : s.codings().find(CodingFilter.ALL)) {
                Document d = s.documents().byId(c.documentId()).orElseThrow();
                out.add(d.name() + "|" + d.text().substring(c.start(), c.end()));
            }
            out.sort(null);
            return out;
        });
    }

    /** Everything a researcher would miss, by name and path rather than by id. */
    static List<String> snapshot(Project p) {
        return StoreAccess.of(p).read(s -> {
            TreeSet<String> out = new TreeSet<>();
            TreeMap<Long, String> docNames = new TreeMap<>();
            for (Document d : s.documents().all()) {
                docNames.put(d.id(), d.name());
                out.add("document " + d.name() + " memo=" + d.memo() + " text=" + d.text());
                s.documents().units(d.id()).forEach(u -> out.add("unit " + d.name() + " " + u));
            }
            Codebook book = s.codes().codebook();
            for (Code c : book.inTreeOrder()) {
                out.add("code " + book.path(c) + " " + c.color() + " " + c.codable() + " " + c.definition() + "|"
                        + c.inclusion() + "|" + c.exclusion() + "|" + c.example());
            }
            for (Coding c : s.codings().find(CodingFilter.ALL)) {
                Document d = s.documents().byId(c.documentId()).orElseThrow();
                out.add("coding " + d.name() + " " + book.path(c.codeId()) + " " + c.coder() + " "
                        + c.createdAt().truncatedTo(ChronoUnit.SECONDS) + " memo=" + c.memo() + " text="
                        + d.text().substring(c.start(), c.end()));
            }
            s.coders().all().stream()
                    .map(Coder::name)
                    .filter(n -> !n.equals("importer"))
                    .forEach(n -> out.add("coder " + n));
            for (Memo m : s.memos().all()) {
                String target = switch (m.target()) {
                    case PROJECT -> "project";
                    case DOCUMENT -> docNames.get(m.targetId());
                    case CODE -> book.path(m.targetId()).toString();
                    case CODING ->
                        s.codings()
                                .byId(m.targetId())
                                .map(c -> docNames.get(c.documentId()) + "@" + c.start())
                                .orElse("?");
                };
                out.add("memo " + m.target() + " " + target + " " + m.title() + " " + m.text() + " by " + m.coder()
                        + " at " + m.createdAt());
            }
            s.attributes()
                    .byDocument()
                    .forEach((doc, values) -> values.forEach(v -> out.add("value " + docNames.get(doc) + " "
                            + v.attribute() + "=" + v.value() + " (" + v.type() + ")")));
            TreeMap<Long, String> caseNames = new TreeMap<>();
            for (ParticipantCase c : s.cases().all()) {
                caseNames.put(c.id(), c.name());
                out.add("case " + c.name() + " " + c.description() + " "
                        + c.documentIds().stream().map(docNames::get).sorted().toList());
            }
            s.cases()
                    .values()
                    .forEach((cs, values) -> values.forEach(v -> out.add("value case " + caseNames.get(cs) + " "
                            + v.attribute() + "=" + v.value() + " (" + v.type() + ")")));
            return new ArrayList<>(out);
        });
    }
}
