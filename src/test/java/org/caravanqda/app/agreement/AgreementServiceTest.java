package org.caravanqda.app.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agreement through the store: codings coded with the real services, compared at each unit. */
class AgreementServiceTest {
    private static final String TEXT = "И: Почему вы уехали?\n\nР: Молчать было нельзя. Я уехала в Алматы.\n\n"
            + "И: А работа?\n\nР: Работаю удалённо. Клиенты остались.\n\nВторой абзац ответа.\n";

    @TempDir
    Path tmp;

    private Project project() throws Exception {
        Project p = TestApp.newProject(tmp);
        Path file = tmp.resolve("olga.txt");
        Files.writeString(file, TEXT, StandardCharsets.UTF_8);
        p.imports()
                .importFiles(List.of(file), new ImportOptions("ru", null, "test"), Progress.NONE, Cancellation.none());
        code(p, "Молчать было нельзя.", "Exit as voice/Silent protest", "anna");
        code(p, "Молчать было нельзя. Я уехала", "Exit as voice", "timur");
        code(p, "Работаю удалённо.", "Economic push/Remote work as enabler", "anna");
        code(p, "Клиенты остались.", "Economic push/Remote work as enabler", "timur");
        return p;
    }

    private static void code(Project p, String quote, String code, String coder) {
        p.codings().code(new CodeRequest("olga.txt", null, null, quote, 1, code, coder, null));
    }

    private static AgreementReport compare(Project p, AgreementUnit unit, String... codes) {
        return p.agreement()
                .compare(new AgreementRequest(List.of("anna", "timur"), unit, List.of(codes), List.of(), null, true));
    }

    @Test
    void characterLevelCountsCoveredCharactersAndAbsence() throws Exception {
        try (Project p = project()) {
            AgreementReport r = compare(p, AgreementUnit.CHARACTER, "Exit as voice");
            AgreementReport.Figures f = r.codes().get(0).result();
            int timurOnly = " Я уехала".length(); // anna coded the sentence, timur it and two more words
            assertThat(f.units()).isEqualTo(TEXT.length());
            assertThat(f.agreement()).isCloseTo(1 - (double) timurOnly / TEXT.length(), within(1e-12));
            assertThat(r.disagreements()).singleElement().satisfies(d -> {
                assertThat(d.text()).isEqualTo(" Я уехала");
                assertThat(d.codes()).containsEntry("anna", List.of()).containsEntry("timur", List.of("Exit as voice"));
            });
            assertThat(r.notes().get(0)).contains("agreement on absence");
        }
    }

    @Test
    void sentenceParagraphTurnAndDocumentUnits() throws Exception {
        try (Project p = project()) {
            AgreementReport s = compare(p, AgreementUnit.SENTENCE, "Economic push");
            // sentences: 2 questions, the answer's 2 + 2 + 1 sentences = 7; the push sentences differ
            assertThat(s.codes().get(0).result().units()).isEqualTo(7);
            assertThat(s.codes().get(0).result().agreement()).isCloseTo(5 / 7.0, within(1e-12));
            AgreementReport turn = compare(p, AgreementUnit.TURN, "Economic push");
            assertThat(turn.codes().get(0).result().units()).isEqualTo(4);
            assertThat(turn.codes().get(0).result().agreement()).isEqualTo(1.0);
            AgreementReport para = compare(p, AgreementUnit.PARAGRAPH, "Economic push");
            assertThat(para.codes().get(0).result().units()).isEqualTo(5);
            AgreementReport doc = compare(p, AgreementUnit.DOCUMENT);
            assertThat(doc.codes())
                    .extracting(AgreementReport.CodeAgreement::code)
                    .containsExactly(
                            "Exit as voice", "Exit as voice/Silent protest", "Economic push/Remote work as enabler");
            assertThat(doc.codes().get(0).result().units()).isEqualTo(1);
        }
    }

    @Test
    void aDomainComparesTheChildrenAsCategories() throws Exception {
        try (Project p = project()) {
            code(p, "Почему вы уехали?", "Exit as voice/Fear of repression", "anna");
            code(p, "Почему вы уехали?", "Exit as voice/Fear of repression", "timur");
            AgreementReport r = p.agreement()
                    .compare(new AgreementRequest(
                            List.of("anna", "timur"),
                            AgreementUnit.SENTENCE,
                            List.of(),
                            List.of(),
                            "Exit as voice",
                            false));
            assertThat(r.domain()).isEqualTo("Exit as voice");
            assertThat(r.codes())
                    .extracting(AgreementReport.CodeAgreement::code)
                    .contains("Exit as voice/Silent protest");
            // only the question was given a child by both coders (timur used the parent for the other)
            assertThat(r.overall().units()).isEqualTo(1);
            assertThat(r.overall().agreement()).isEqualTo(1.0);
        }
    }

    @Test
    void refusesUnknownNamesAndFewerThanTwoCoders() throws Exception {
        try (Project p = project()) {
            assertThatThrownBy(() ->
                            p.agreement().compare(new AgreementRequest(List.of("anna"), null, null, null, null, false)))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("at least two different coders");
            assertThatThrownBy(() -> p.agreement()
                            .compare(new AgreementRequest(List.of("anna", "anna"), null, null, null, null, false)))
                    .hasMessageContaining("at least two different coders");
            assertThatThrownBy(() -> p.agreement()
                            .compare(new AgreementRequest(List.of("anna", "bob"), null, null, null, null, false)))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("unknown coder 'bob'");
            assertThatThrownBy(() -> compare(p, AgreementUnit.CHARACTER, "No such code"))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("unknown code");
            assertThatThrownBy(() -> p.agreement()
                            .compare(new AgreementRequest(
                                    List.of("anna", "timur"), null, null, List.of("nobody.txt"), null, false)))
                    .hasMessageContaining("unknown document");
            assertThatThrownBy(() -> p.agreement()
                            .compare(new AgreementRequest(
                                    List.of("anna", "timur"),
                                    null,
                                    List.of("Exit as voice"),
                                    null,
                                    "Economic push",
                                    false)))
                    .hasMessageContaining("either --domain or --code");
        }
    }
}
