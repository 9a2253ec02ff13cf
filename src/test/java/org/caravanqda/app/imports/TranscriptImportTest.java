package org.caravanqda.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caravanqda.SharedData;
import org.caravanqda.TestApp;
import org.caravanqda.analysis.Sentences;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.app.coding.CodingView;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.AutocodeReport;
import org.caravanqda.app.search.AutocodeRequest;
import org.caravanqda.app.search.AutocodeUnit;
import org.caravanqda.app.search.SearchScope;
import org.caravanqda.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real transcripts through import, search and auto-coding. */
class TranscriptImportTest {
    @TempDir
    Path tmp;

    @Test
    void curlyAndStraightApostrophesFindTheSameInRealInterviews() {
        Path gum = SharedData.file("corpus/en-transcripts/gum");
        try (Project p = TestApp.newProject(tmp)) {
            ImportReport r =
                    p.imports().importFiles(List.of(gum), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            assertThat(r.documents()).allSatisfy(d -> assertThat(d.language()).isEqualTo("en"));
            long straight =
                    p.search().search("didn't", SearchScope.UNITS, 10, false).total();
            long curly =
                    p.search().search("didn’t", SearchScope.UNITS, 10, false).total();
            assertThat(straight).isPositive().isEqualTo(curly);
            long dont = p.search()
                    .search("\"don't know\"", SearchScope.UNITS, 10, false)
                    .total();
            assertThat(dont)
                    .isEqualTo(p.search()
                            .search("\"don’t know\"", SearchScope.UNITS, 10, false)
                            .total());
        }
    }

    @Test
    void aRepeatedWordCodesItsSentenceOnceAndNeverTheNextSpeakersLine() throws Exception {
        Path f = tmp.resolve("relocation.txt");
        Files.writeString(
                f,
                "И: Расскажите про мобилизацию.\n"
                        + "Р: Мобилизация, мобилизация, везде мобилизация. Мы уехали в г. Ташкент, т. е. к родным.\n"
                        + "- А вы уехали...?\n"
                        + "И: Когда объявили мобилизацию, что вы почувствовали?\n"
                        + "Р: Страх. Мобилизация — это страх.\n",
                StandardCharsets.UTF_8);
        new DemoService(TestApp.app()).build(tmp.resolve("demo"), Progress.NONE);
        try (Project p = TestApp.app().open(tmp.resolve("demo"))) {
            p.imports()
                    .importFiles(List.of(f), new ImportOptions("ru", null, null), Progress.NONE, Cancellation.none());
            AutocodeReport run = p.autocode()
                    .run(new AutocodeRequest(
                            "мобилизация",
                            "Departure/Autumn 2022 mobilisation wave",
                            AutocodeUnit.SENTENCE,
                            null,
                            "robot",
                            false));
            List<CodingView> mine = p.codings().codings(null, null, "robot").stream()
                    .filter(c -> c.document().equals("relocation.txt"))
                    .sorted(java.util.Comparator.comparingInt(CodingView::start))
                    .toList();
            String text = StoreAccess.of(p)
                    .read(s ->
                            s.documents().byName("relocation.txt").orElseThrow().text());
            List<Span> sentences = Sentences.of(text, "ru");
            assertThat(mine)
                    .extracting(CodingView::text)
                    .containsExactly(
                            "И: Расскажите про мобилизацию.",
                            "Р: Мобилизация, мобилизация, везде мобилизация.",
                            "И: Когда объявили мобилизацию, что вы почувствовали?",
                            "Мобилизация — это страх.");
            for (CodingView c : mine) {
                assertThat(c.text()).isEqualTo(text.substring(c.start(), c.end()));
                assertThat(sentences).contains(new Span(c.start(), c.end()));
            }
            long hitsHere = run.spans().stream()
                    .filter(s -> s.document().equals("relocation.txt"))
                    .count();
            assertThat(hitsHere).isEqualTo(4);
            assertThat(run.hits()).isGreaterThanOrEqualTo(run.spans().size());
        }
    }

    @Test
    void englishWindows1252IsImportedAndOtherLanguagesAreOther() throws Exception {
        Path gum = SharedData.file("corpus/en-transcripts/gum/GUM_interview_cocktail.txt");
        Path folder = Files.createDirectories(tmp.resolve("legacy"));
        Files.write(
                folder.resolve("cocktail-1252.txt"), Files.readString(gum).getBytes(Charset.forName("windows-1252")));
        Files.writeString(
                folder.resolve("interview-de.txt"),
                "Interviewer: Wann sind Sie nach Berlin gezogen, und warum gerade dorthin?\n\n"
                        + "Befragte: Im Herbst, nach der Mobilmachung. Meine Schwester wohnte schon dort, "
                        + "und ich konnte bei ihr übernachten, bis ich eine Wohnung fand.\n",
                StandardCharsets.UTF_8);
        try (Project p = TestApp.newProject(tmp)) {
            ImportReport r = p.imports()
                    .importFiles(List.of(folder), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            assertThat(r.documents())
                    .extracting(ImportReport.Imported::name, ImportReport.Imported::language)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("cocktail-1252.txt", "en"),
                            org.assertj.core.groups.Tuple.tuple("interview-de.txt", "other"));
            assertThat(p.search()
                            .search("Mobilmachung", SearchScope.UNITS, 10, false)
                            .total())
                    .isEqualTo(1);
        }
    }
}
