package org.caravanqda.gui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.caravanqda.SharedData;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.coding.CodeRequest;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.SearchHit;
import org.caravanqda.app.search.SearchScope;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.ScriptedDialogs;
import org.caravanqda.gui.pseudonyms.PseudonymsViewModel;
import org.caravanqda.gui.transcript.Transcript;
import org.caravanqda.gui.transcript.TranscriptViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search panel's view model on real text (a Russian relocation guide, an English interview); jobs run inline. */
class SearchViewModelTest {
    @TempDir
    Path tmp;

    private final List<Throwable> errors = new ArrayList<>();
    private final Preferences node = Preferences.userRoot().node("caravan-test-" + UUID.randomUUID());
    private final Jobs inline = new Jobs(Runnable::run, Runnable::run);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Project project;
    private WorkbenchViewModel vm;
    private SearchViewModel search;

    @BeforeEach
    void open() throws Exception {
        Path visa = SharedData.file("corpus/ru-relocation/samarkand-guide/samarkand/visa.md");
        Path ants = SharedData.file("corpus/en-transcripts/gum/GUM_interview_ants.txt");
        project = TestApp.newProject(tmp);
        project.imports()
                .importFiles(List.of(visa), new ImportOptions("ru", null, "anna"), Progress.NONE, Cancellation.none());
        project.imports()
                .importFiles(List.of(ants), new ImportOptions("en", null, "anna"), Progress.NONE, Cancellation.none());
        vm = new WorkbenchViewModel(
                project, inline, (w, e) -> errors.add(e), dialogs, new GuiPreferences(node), "anna");
        vm.reload();
        search = vm.search();
    }

    @AfterEach
    void close() throws Exception {
        // null when @BeforeEach skipped the test because ../shared is absent
        if (project != null) {
            project.close();
        }
        if (node != null) {
            node.removeNode();
        }
    }

    @Test
    void findsEveryFormOfAWordInTheTurnsAndOpensAHitSelected() {
        search.queryProperty().set("регистрация");
        search.search();

        assertThat(search.hits())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.document()).isEqualTo("visa.md"));
        // the lemma finds inflected forms too, each marked in its snippet
        List<String> matched = search.hits().stream()
                .flatMap(h -> SnippetRuns.of(h.snippet()).runs().stream())
                .filter(SnippetRuns.Run::match)
                .map(r -> r.text().toLowerCase())
                .distinct()
                .toList();
        assertThat(matched)
                .contains("регистрация")
                .anyMatch(m -> !m.equals("регистрация") && m.startsWith("регистрац"));
        assertThat(search.summaryProperty().get())
                .endsWith(search.hits().size() == 1 ? "1 hit" : search.hits().size() + " hits");

        SearchHit hit = search.hits().get(search.hits().size() - 1);
        search.open(hit);
        Transcript t = vm.transcript().transcriptProperty().get();
        assertThat(t.name()).isEqualTo("visa.md");
        assertThat(vm.transcript().selectionStartProperty().get()).isEqualTo(hit.start());
        assertThat(vm.transcript().selectionEndProperty().get()).isEqualTo(hit.end());
        assertThat(t.text().substring(hit.start(), hit.end())).isEqualTo(hit.text());
        assertThat(vm.transcript().revealProperty().get())
                .isEqualTo(new TranscriptViewModel.Reveal(hit.start(), hit.end()));
        assertThat(vm.documents().selectedProperty().get().name()).isEqualTo("visa.md");
        assertThat(errors).isEmpty();
    }

    @Test
    void aQueryTheParserRejectsIsShownInThePanelNotAsAFailure() {
        search.queryProperty().set("регистрация");
        search.search();
        assertThat(search.hits()).isNotEmpty();

        search.queryProperty().set("text:(регистрация");
        search.search();
        assertThat(search.errorProperty().get()).startsWith("query syntax:").contains("text:(регистрация");
        assertThat(search.hits()).isEmpty();
        assertThat(errors).isEmpty();

        search.queryProperty().set("  ");
        search.search();
        assertThat(search.errorProperty().get()).isEmpty();
        assertThat(search.summaryProperty().get()).isEmpty();
    }

    @Test
    void scopesSegmentsToCodedTextAndDocumentsToWholeTranscripts() {
        search.scopeProperty().set(SearchScope.SEGMENTS);
        search.queryProperty().set("colonies");
        search.search();
        assertThat(search.summaryProperty().get()).isEqualTo("No hits");

        String text = vm.project().documents().list().stream()
                .filter(d -> d.name().startsWith("GUM"))
                .findFirst()
                .orElseThrow()
                .name();
        project.codings()
                .code(new CodeRequest(text, null, null, "thousand-strong colonies", 1, "Departure", "anna", null));
        search.search();
        assertThat(search.hits()).singleElement().satisfies(h -> {
            assertThat(h.text()).isEqualTo("thousand-strong colonies");
            assertThat(h.codes()).containsExactly("Departure");
            assertThat(h.snippet()).contains("**colonies**");
        });

        search.scopeProperty().set(SearchScope.DOCUMENTS);
        search.queryProperty().set("ants AND регистрация");
        search.search();
        assertThat(search.summaryProperty().get()).isEqualTo("No hits"); // no one transcript has both
        search.queryProperty().set("ants OR регистрация");
        search.search();
        assertThat(search.hits()).extracting(SearchHit::document).containsExactlyInAnyOrder("visa.md", text);
        search.open(search.hits().get(0));
        assertThat(vm.transcript().transcriptProperty().get().name())
                .isEqualTo(search.hits().get(0).document());
        assertThat(errors).isEmpty();
    }

    @Test
    void autoCodesTheHitsShownAsOneStepThatUndoRemovesExactly() {
        project.codings().code(new CodeRequest("visa.md", null, null, "Регистрация", 1, "Departure", "anna", null));
        search.queryProperty().set("регистрация");
        search.search();
        int shown = search.hits().size();
        assertThat(search.codableProperty().get()).isTrue();
        search.unitProperty().set(org.caravanqda.app.search.AutocodeUnit.SENTENCE);
        search.queryProperty().set("something typed since"); // the shown query is coded, not the field's text

        dialogs.confirm(true);
        search.autocode("Accessibility");

        var coded = project.codings().codings("visa.md", "Accessibility", "anna");
        // before coding, the question said how many passages in how many documents, and quoted the first
        ScriptedDialogs.Question asked = dialogs.last();
        assertThat(asked.kind()).isEqualTo("confirm");
        assertThat(asked.prompt())
                .startsWith(
                        "Code " + coded.size() + " passages in 1 document with Accessibility? (each hit's sentence)")
                .contains("Undo (Ctrl+Z) takes the whole run back")
                .doesNotContain("Enter applies");
        java.util.regex.Matcher quoted =
                java.util.regex.Pattern.compile("• visa\\.md: «([^»]+?)…?»").matcher(asked.prompt());
        assertThat(quoted.find()).isTrue();
        String first = quoted.group(1);
        assertThat(coded)
                .anyMatch(c -> c.text().replaceAll("(?U)\\s+", " ").strip().startsWith(first));
        assertThat(coded).isNotEmpty().allSatisfy(c -> {
            assertThat(c.text().toLowerCase()).contains("регистрац");
            assertThat(c.memo()).isEqualTo("auto-coded: регистрация");
        });
        assertThat(vm.statusProperty().get()).startsWith("Auto-coded " + coded.size() + " passages with Accessibility");
        // the list is searched again and shows the new code on the hits
        assertThat(search.hits()).hasSize(shown).anyMatch(h -> h.codes().contains("Accessibility"));
        assertThat(vm.coding().undoStack().canUndoProperty().get()).isTrue();

        vm.coding().undo();
        assertThat(project.codings().codings("visa.md", "Accessibility", "anna"))
                .isEmpty();
        // the hits' headers follow the undo (they named the auto-coded code until the list was read again)
        assertThat(search.hits()).hasSize(shown).noneMatch(h -> h.codes().contains("Accessibility"));
        assertThat(search.workingProperty().get()).isFalse();
        assertThat(project.codings().codings("visa.md", "Departure", "anna")).hasSize(1); // the other coding stays
        vm.coding().redo();
        assertThat(project.codings().codings("visa.md", "Accessibility", "anna"))
                .hasSize(coded.size());
        assertThat(errors).isEmpty();
    }

    @Test
    void autoCodingAnsweredNoCodesNothing() {
        search.queryProperty().set("регистрация");
        search.search();
        dialogs.confirm(false);

        search.autocode("Accessibility");

        assertThat(dialogs.last().prompt()).startsWith("Code ").contains(" passages in 1 document with Accessibility?");
        assertThat(project.codings().codings(null, "Accessibility", null)).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Auto-coding cancelled: nothing was coded");
        assertThat(vm.coding().undoStack().canUndoProperty().get()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void onlyTurnAndParagraphHitsCanBeAutoCoded() {
        search.scopeProperty().set(SearchScope.DOCUMENTS);
        search.queryProperty().set("регистрация");
        search.search();
        assertThat(search.hits()).isNotEmpty();
        assertThat(search.codableProperty().get()).isFalse();
        search.autocode("Accessibility");
        assertThat(project.codings().codings(null, "Accessibility", null)).isEmpty();
    }

    @Test
    void withPseudonymsShownAHitIsSelectedOnTheDisplayedText() {
        PseudonymsViewModel table =
                new PseudonymsViewModel(project.pseudonyms(), inline, (w, e) -> errors.add(e), vm::reload);
        table.load();
        table.add("Bos", "Vermeulen");
        vm.showPseudonymsProperty().set(true);
        search.queryProperty().set("Bos AND ants");
        search.search();
        SearchHit hit = search.hits().get(0);
        assertThat(hit.text()).contains("Bos"); // the index holds the real text

        search.open(hit);
        Transcript shown = vm.transcript().transcriptProperty().get();
        String selected = shown.text()
                .substring(
                        vm.transcript().selectionStartProperty().get(),
                        vm.transcript().selectionEndProperty().get());
        assertThat(selected)
                .isEqualTo(project.pseudonyms().pseudonymizer().apply(hit.text()))
                .contains("Vermeulen")
                .doesNotContain("Bos");
        assertThat(errors).isEmpty();
    }
}
