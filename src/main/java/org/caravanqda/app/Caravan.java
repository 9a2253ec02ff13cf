package org.caravanqda.app;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.caravanqda.app.check.CheckService;
import org.caravanqda.app.codebook.CodebookMerge;
import org.caravanqda.app.codebook.CodebookService;
import org.caravanqda.app.common.AfterCommit;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.port.CodebookFormat;
import org.caravanqda.app.port.DocumentReader;
import org.caravanqda.app.port.Exporters;
import org.caravanqda.app.port.TableReader;
import org.caravanqda.app.port.WindowChannel;
import org.caravanqda.app.refi.RefiProjectFormat;
import org.caravanqda.app.search.SearchIndexes;
import org.caravanqda.app.search.StoreGenerationGuard;
import org.caravanqda.model.CodeDraft;

/** The application: creates and opens projects with the adapters Main wires in. */
public final class Caravan {
    private final Adapters adapters;
    private final WindowCommands windowCommands;

    public Caravan(Adapters adapters) {
        this(adapters, null);
    }

    /** With the code that runs other processes' command lines while a window holds a project (ADR 0019). */
    public Caravan(Adapters adapters, WindowCommands windowCommands) {
        this.adapters = adapters;
        this.windowCommands = windowCommands;
    }

    /**
     * Runs a command line another process forwarded to the window, against the project the window
     * holds (Main wires in the command line's own code, so the results are the CLI's).
     */
    @FunctionalInterface
    public interface WindowCommands {
        int run(Caravan app, Project project, List<String> args, Path workingDir, PrintWriter out, PrintWriter err);
    }

    /**
     * Whether a window of this user holds the project at {@code dir} and answers on its command
     * channel (a socket left by a crashed window does not answer).
     */
    public boolean heldByWindow(Path dir) {
        return adapters.window().answers(dir);
    }

    /**
     * Runs {@code args} in the window that holds {@code dir}, streaming what it prints; its exit
     * code, or empty when no window answers.
     */
    public OptionalInt runInWindow(Path dir, List<String> args, Path workingDir, Writer out, Writer err) {
        return adapters.window().forward(dir, args, workingDir, out, err);
    }

    /** Starts the command channel of an opened project (see {@link Project#serveCommandsBeside()}). */
    WindowChannel.Listening listen(Project project) {
        if (windowCommands == null) {
            return WindowChannel.NONE.listen(project.directory(), null);
        }
        return adapters.window()
                .listen(
                        project.directory(),
                        (args, cwd, out, err) -> windowCommands.run(this, project, args, cwd, out, err));
    }

    public Project create(Path dir, String name, String language, Path codebook, boolean emptyCodebook) {
        return create(dir, name, language, codebook, emptyCodebook, null);
    }

    /**
     * Creates a project. {@code codebook}: a file to load, or null for the default codebook
     * (unless {@code emptyCodebook}). {@code password}: encrypts the project (ADR 0008); null
     * for a plain one. The caller clears the array.
     */
    public Project create(
            Path dir, String name, String language, Path codebook, boolean emptyCodebook, char[] password) {
        PasswordRules.requireStrongEnough(password);
        String lang = language == null ? "ru" : language;
        ImportOptions.checkLanguage(lang);
        String projectName = name == null || name.isBlank()
                ? dir.toAbsolutePath().normalize().getFileName().toString()
                : name;
        // read the codebook first: a bad file must refuse before a project folder is made
        List<CodeDraft> drafts = codebook != null
                ? CodebookService.read(adapters.codebookFormats(), codebook)
                : emptyCodebook ? List.of() : adapters.defaultCodebook().get();
        CodebookMerge.check(drafts); // names and depth: refused before a project folder is made
        boolean madeDir = !Files.isDirectory(dir);
        Project p = new Project(adapters.stores().create(dir, projectName, lang, password), this, null);
        try {
            if (!drafts.isEmpty()) {
                p.codebook()
                        .importDrafts(
                                drafts,
                                codebook == null
                                        ? "default codebook"
                                        : codebook.getFileName().toString(),
                                null);
            }
            return p;
        } catch (RuntimeException | Error e) {
            discard(p, madeDir, e);
            throw e;
        }
    }

    /** A create whose first import failed leaves nothing behind (exit 1 means nothing changed). */
    private void discard(Project p, boolean madeDir, Throwable failure) {
        try {
            p.close();
        } catch (RuntimeException also) {
            failure.addSuppressed(also);
        }
        adapters.stores().discard(p.directory(), madeDir);
    }

    /**
     * Creates a project from another tool's REFI-QDA export. The archive is read and checked
     * before the project folder is made, so a refused file leaves nothing behind.
     */
    public CreatedFromRefi createFrom(Path dir, String name, String language, Path qdpx, String coder) {
        return createFrom(dir, name, language, qdpx, coder, null);
    }

    /** As {@link #createFrom(Path, String, String, Path, String)}, encrypted when a password is given. */
    public CreatedFromRefi createFrom(
            Path dir, String name, String language, Path qdpx, String coder, char[] password) {
        org.caravanqda.app.refi.RefiProject refi = adapters.refiProjects().read(qdpx);
        String projectName = name != null && !name.isBlank() ? name : refi.name();
        CodebookMerge.check(refi.codes()); // names and depth: refused before a project folder is made
        boolean madeDir = !Files.isDirectory(dir);
        Project p = create(dir, projectName, language, null, true, password);
        try {
            return new CreatedFromRefi(
                    p, p.refiImports().importProject(refi, qdpx.getFileName().toString(), coder));
        } catch (RuntimeException | Error e) {
            discard(p, madeDir, e);
            throw e;
        }
    }

    /** The new project (to close) and what its import brought over. */
    public record CreatedFromRefi(Project project, org.caravanqda.app.refi.RefiImportReport report) {}

    RefiProjectFormat refiProjects() {
        return adapters.refiProjects();
    }

    /** Opens a plain project (an encrypted one is refused: it needs {@link #open(Path, char[])}). */
    public Project open(Path dir) {
        return open(dir, null);
    }

    /**
     * Opens a project; {@code password} is used only if it is encrypted. The caller clears the
     * array. A database behind its search index (it lost its tail, or an older copy was put back)
     * is refused before it is opened for writing, with {@link
     * org.caravanqda.app.search.StoreBehindIndexException}: nothing is changed (ADR 0018).
     */
    public Project open(Path dir, char[] password) {
        return new Project(
                adapters.stores().open(dir, password, StoreGenerationGuard.refusing(adapters.indexes(), dir)),
                this,
                null);
    }

    /**
     * As {@link #open(Path, char[])}, for a command that only reads the project (stats, lists,
     * search): the database is opened read-only where it can be, which starts faster; anything that
     * writes to the store fails. The search index may still be brought up to date.
     */
    public Project openForReading(Path dir, char[] password) {
        return new Project(
                adapters.stores().openForReading(dir, password, StoreGenerationGuard.refusing(adapters.indexes(), dir)),
                this,
                null);
    }

    /**
     * Opens a project for {@code caravan check --repair}: a database behind its search index is
     * accepted as it is, after a byte-for-byte copy of its file is kept beside it; the check then
     * rebuilds the index from it (ADR 0018). Any other project opens as with {@link #open}.
     */
    public Project openForRepair(Path dir, char[] password) {
        StoreGenerationGuard guard = StoreGenerationGuard.accepting(adapters.indexes(), dir);
        org.caravanqda.app.port.ProjectStore store = adapters.stores().open(dir, password, guard);
        return new Project(store, this, new CheckService.Repair(guard.accepted(), store.keptCopy()));
    }

    /**
     * Restores a backup into DIR (a new folder, or with {@code force} an existing project that is
     * first moved aside). The search index is rebuilt when the project is next searched or checked.
     */
    public org.caravanqda.app.port.RestoreInfo restore(Path zip, Path dir, boolean force) {
        return adapters.stores().restore(zip, dir, force);
    }

    /** Restores a backup; {@code password} is asked only when the backup is of an encrypted project. */
    public org.caravanqda.app.port.RestoreInfo restore(
            Path zip, Path dir, boolean force, java.util.function.Supplier<char[]> password) {
        return adapters.stores().restore(zip, dir, force, password);
    }

    /**
     * Copies every row of the open project {@code from} into a new project at {@code to}: a folder
     * project to a server project's local folder ({@code team publish}) or a server project to a
     * new folder ({@code team snapshot}); rows per table. The target's index is built when it is
     * first searched.
     */
    public java.util.Map<String, Long> copyProject(Project from, Path to) {
        return adapters.stores().copyInto(from.store(), to);
    }

    /** Whether {@code text} names a server project (postgresql://HOST/DATABASE) rather than a folder. */
    public boolean isServerAddress(String text) {
        return adapters.stores().isServerAddress(text);
    }

    /** The local folder standing for the server project at {@code address} (ADR 0025). */
    public Path serverFolder(String address) {
        return adapters.stores().serverFolder(address);
    }

    /** A server project's address as shown (postgresql://host[:port]/database); a bad one is one CaravanException. */
    public String serverShown(String address) {
        return adapters.stores().serverShown(address);
    }

    /**
     * This application asking {@code prompt} for a server's password when a server project it
     * opens or creates wants one (the window's dialog for one opening); folders open as before.
     */
    public Caravan askingServerPasswords(org.caravanqda.app.port.ServerPasswordPrompt prompt) {
        return new Caravan(adapters.withStores(adapters.stores().asking(prompt)), windowCommands);
    }

    /** The project at {@code dir} as the user names it: a server project's address, else the folder. */
    public String shown(Path dir) {
        return adapters.stores().shown(dir);
    }

    public boolean isProject(Path dir) {
        return adapters.stores().exists(dir);
    }

    public boolean isEncrypted(Path dir) {
        return adapters.stores().exists(dir) && adapters.stores().encrypted(dir);
    }

    /**
     * Gives an encrypted project a new password, or encrypts a plain one ({@code oldPassword}
     * ignored). Then opens it with the new password, which also proves the change, and removes a
     * plaintext search index the folder may still hold, and the index kept under the old
     * password (it does not decrypt with the new key, so opening the index discards it): a
     * leaked old password opens nothing left in the folder. Returns a warning when that last step
     * failed (the password is changed all the same), else null.
     */
    public String changePassword(Path dir, char[] oldPassword, char[] newPassword) {
        PasswordRules.requireStrongEnough(newPassword);
        adapters.stores().changePassword(dir, oldPassword, newPassword);
        // the new password is in force: a failure from here on is a warning, not "nothing changed"
        return AfterCommit.run(
                dir,
                "the password is changed",
                "removing the search index kept in plain text or under the old password",
                "run caravan check -p " + dir + " (with the new password) to do it",
                () -> {
                    try (Project p = open(dir, newPassword)) {
                        p.search();
                    }
                });
    }

    List<DocumentReader> readers() {
        return adapters.readers();
    }

    List<CodebookFormat> codebookFormats() {
        return adapters.codebookFormats();
    }

    SearchIndexes indexes() {
        return adapters.indexes();
    }

    org.caravanqda.app.port.NameForms nameForms() {
        return adapters.nameForms();
    }

    TableReader tables() {
        return adapters.tables();
    }

    public Exporters exporters() {
        return adapters.exporters();
    }

    public org.caravanqda.app.port.Desktop desktop() {
        return adapters.desktop();
    }

    public List<CodeDraft> defaultCodebook() {
        return adapters.defaultCodebook().get();
    }
}
