package org.caravanqda.gui.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.gui.common.GuiPreferences;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.ScriptedDialogs;

/**
 * Three interviews (Russian, Kazakh-Russian, English) with typed attributes (city text, age
 * number, interviewed date, consent true/false), one coding, and the window's view model with
 * jobs run inline, for the view models beside the workbench (documents, attributes, cases).
 */
public final class SmallWorkbench implements AutoCloseable {
    public static final List<String> DOCUMENTS = List.of("en-03.txt", "kk-02.txt", "ru-01.txt");
    public final Project project;
    public final WorkbenchViewModel vm;
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final List<Throwable> errors = new ArrayList<>();
    private final Preferences node = Preferences.userRoot().node("caravan-test-" + UUID.randomUUID());

    public SmallWorkbench(Path tmp) throws Exception {
        project = TestApp.newProject(tmp.resolve("project"));
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> files = List.of(
                Files.writeString(
                        in.resolve("ru-01.txt"), "Интервьюер: Почему Алматы?\n\nМарина: Там уже были друзья.\n"),
                Files.writeString(
                        in.resolve("kk-02.txt"), "Интервьюер: Неге Астана?\n\nАйгерим: Жұмыс үшін. Работа.\n"),
                Files.writeString(
                        in.resolve("en-03.txt"), "Interviewer: Why Bishkek?\n\nDaniel: Flights were cheap.\n"));
        Path attributes = Files.writeString(
                in.resolve("attributes.csv"),
                "document,city,age,interviewed,consent\nru-01.txt,Almaty,34,2024-03-15,true\n"
                        + "kk-02.txt,Astana,29,2024-04-02,false\nen-03.txt,Bishkek,41,2024-05-20,true\n");
        project.imports()
                .importFiles(files, new ImportOptions(null, attributes, "anna"), Progress.NONE, Cancellation.none());
        vm = new WorkbenchViewModel(
                project,
                new Jobs(Runnable::run, Runnable::run),
                (w, e) -> errors.add(e),
                dialogs,
                new GuiPreferences(node),
                "anna");
        vm.reload();
    }

    /** Selects a document in the list as a click does (and opens it). */
    public void select(String name) {
        vm.documents().shown().stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .ifPresent(vm.documents().selectedProperty()::set);
        vm.openDocument(name);
    }

    @Override
    public void close() throws java.util.prefs.BackingStoreException {
        project.close();
        node.removeNode();
    }
}
