package org.caravanqda.app.codebook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caravanqda.app.access.Changes;
import org.caravanqda.app.access.Coders;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.export.ExportTarget;
import org.caravanqda.app.imports.ImportFiles;
import org.caravanqda.app.port.CodebookFormat;
import org.caravanqda.app.port.ExportReadBack;
import org.caravanqda.app.port.NameForms;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.pseudonym.LeakScan;
import org.caravanqda.app.pseudonym.PseudonymChoice;
import org.caravanqda.app.pseudonym.Pseudonymization;
import org.caravanqda.app.pseudonym.Pseudonymized;
import org.caravanqda.app.pseudonym.Pseudonymizer;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.Code;
import org.caravanqda.model.CodeDraft;
import org.caravanqda.model.Codebook;
import org.caravanqda.util.AtomicFiles;

/** Imports, exports and lists the codebook. */
public final class CodebookService {
    private final ProjectStore store;
    private final List<CodebookFormat> formats;
    private final NameForms nameForms;
    private final ExportReadBack readBack;

    /** {@code readBack} reads an exported codebook back for the check that no listed real name is left in it. */
    public CodebookService(
            ProjectStore store, List<CodebookFormat> formats, NameForms nameForms, ExportReadBack readBack) {
        this.store = store;
        this.formats = formats;
        this.nameForms = nameForms;
        this.readBack = readBack;
    }

    /** Without a reader: an export that applies a pseudonym list is refused (it cannot be checked). */
    public CodebookService(ProjectStore store, List<CodebookFormat> formats) {
        this(store, formats, NameForms.NONE, ExportReadBack.UNAVAILABLE);
    }

    /** Adds the file's codes, matching existing ones by path (their fields are updated). */
    public CodebookImport importFile(Path file, String coder) {
        return importDrafts(read(formats, file), file.getFileName().toString(), coder);
    }

    public static List<CodeDraft> read(List<CodebookFormat> formats, Path file) {
        CodebookFormat format = format(formats, file);
        if (!format.canRead()) {
            throw new CaravanException(file + ": codebooks can be exported to ." + ImportFiles.extension(file)
                    + " but not imported from it (use a REFI-QDA .qdc file)");
        }
        return format.read(file);
    }

    public CodebookImport importDrafts(List<CodeDraft> drafts, String source, String coder) {
        return store.write(s -> {
            CodebookImport r = CodebookMerge.merge(s, drafts);
            Changes.record(
                    s,
                    Coders.nameOrDefault(coder),
                    ChangeAction.CODEBOOK_IMPORT,
                    Map.of("source", source, "added", r.added(), "updated", r.updated()));
            return r;
        });
    }

    /** Adds a codable code under {@code parentPath} (null: top level); returns its path. */
    public String add(String parentPath, String name, String color, String coder) {
        return store.write(s -> CodebookEdits.add(s, parentPath, name, color, coder));
    }

    /** Renames, recolours or redefines the code at {@code path}; returns its (possibly new) path. */
    public String edit(String path, CodeEdit edit, String coder) {
        return edit(path, edit, coder, null);
    }

    /**
     * As {@link #edit(String, CodeEdit, String)} when the code is still at version {@code seenVersion}
     * (null: any); else a {@link org.caravanqda.app.common.StaleEditException} with the code as it is now.
     */
    public String edit(String path, CodeEdit edit, String coder, Long seenVersion) {
        return store.write(s -> CodebookEdits.edit(s, path, edit, coder, seenVersion));
    }

    /** The code's version now: what an edit names as the version its user saw. */
    public long version(String path) {
        return store.read(s -> s.versions()
                .current(
                        org.caravanqda.app.port.Versions.Versioned.CODE,
                        org.caravanqda.app.access.CodeLookup.find(s.codes().codebook(), path)
                                .id())
                .orElse(-1));
    }

    /** Moves the code (with its sub-codes and codings) under {@code newParentPath} (null: top level); returns its new path. */
    public String move(String path, String newParentPath, String coder) {
        return move(path, newParentPath, coder, null);
    }

    /**
     * As {@link #move(String, String, String)} when the code is still at version {@code seenVersion}
     * (null: any); else a {@link org.caravanqda.app.common.StaleEditException} with the code as it is now.
     */
    public String move(String path, String newParentPath, String coder, Long seenVersion) {
        return store.write(s -> CodebookEdits.move(s, path, newParentPath, coder, seenVersion));
    }

    /** Deletes the code at {@code path} with its sub-codes; with codings only when {@code force} (they go too). */
    public Deleted delete(String path, boolean force, String coder) {
        return delete(path, force, coder, null);
    }

    /**
     * As {@link #delete(String, boolean, String)} when the code is still at version {@code seenVersion}
     * (null: any). While another coder is coding with it right now, the delete waits at most the
     * server's lock timeout and is then refused (nothing deleted, no orphaned coding): try again.
     */
    public Deleted delete(String path, boolean force, String coder, Long seenVersion) {
        var r = org.caravanqda.app.common.Contention.retryable(
                "'" + path + "' is being coded by someone else right now; nothing deleted, try again",
                () -> store.write(s -> CodebookEdits.delete(s, path, force, coder, seenVersion)));
        return new Deleted(r.path(), r.codes(), r.codings(), r.documents());
    }

    /** What {@link #delete} removed. */
    public record Deleted(String path, int codes, int codings, int documents) {}

    /** Renames the code at {@code path}, keeping its colour and definitions; returns the new path. */
    public String rename(String path, String newName, String coder) {
        return store.write(s -> {
            Code c = org.caravanqda.app.access.CodeLookup.find(s.codes().codebook(), path);
            return CodebookEdits.edit(
                    s,
                    path,
                    new CodeEdit(newName, c.color(), c.definition(), c.inclusion(), c.exclusion(), c.example()),
                    coder);
        });
    }

    /** Gives the code at {@code path} a new colour (#rrggbb); returns its path. */
    public String recolour(String path, String color, String coder) {
        return store.write(s -> {
            Code c = org.caravanqda.app.access.CodeLookup.find(s.codes().codebook(), path);
            return CodebookEdits.edit(
                    s,
                    path,
                    new CodeEdit(c.name(), color, c.definition(), c.inclusion(), c.exclusion(), c.example()),
                    coder);
        });
    }

    /** Merges the code at {@code sourcePath} into {@code targetPath} (codings and sub-codes); returns the target's path. */
    public String merge(String sourcePath, String targetPath, String coder) {
        return store.write(s -> CodeMerge.merge(s, sourcePath, targetPath, coder));
    }

    /** As {@link #exportFile(Path, PseudonymChoice)} with the project's pseudonym list. */
    public CodebookExport exportFile(Path out) {
        return exportFile(out, PseudonymChoice.PROJECT_LIST);
    }

    /**
     * Writes the codebook to {@code out} (.qdc or .md; a bare file name goes to the project's
     * exports/ folder) with the pseudonym list applied to code names and fields unless real names
     * are asked for (ADR 0009), read back and checked for listed real names before it takes its
     * name; refused inside an encrypted project's folder.
     */
    public CodebookExport exportFile(Path out, PseudonymChoice names) {
        Path target = ExportTarget.of(store, out);
        CodebookFormat format = format(formats, target);
        String extension = ImportFiles.extension(target);
        try {
            return AtomicFiles.to(target).write(file -> {
                ExportTarget.requireOutside(store, file);
                LeakScan[] check = {LeakScan.NONE};
                CodebookExport done = store.read(s -> {
                    Codebook book = s.codes().codebook();
                    if (book.depth() > Codebook.MAX_DEPTH) { // only a project from before the limit holds such a tree
                        throw new CaravanException("the codebook nests " + book.depth()
                                + " levels deep; Caravan exports at most " + Codebook.MAX_DEPTH
                                + ": move deep codes up first (caravan codebook move)");
                    }
                    Pseudonymizer pz = Pseudonymization.pseudonymizer(s, nameForms, names);
                    Map<String, Integer> counts = new HashMap<>();
                    s.codings()
                            .countsByCode()
                            .forEach((id, n) -> counts.merge(
                                    Pseudonymized.path(book.path(id).names(), pz), n, Integer::sum));
                    format.write(
                            Pseudonymized.drafts(drafts(book, book.roots()), pz),
                            counts,
                            pz.apply(s.project().name()),
                            file);
                    check[0] = Pseudonymization.leakScan(s, names, pz);
                    return new CodebookExport(target, book.size(), Pseudonymization.of(s, names, pz));
                });
                check[0].check(readBack, file, extension);
                return done;
            });
        } catch (java.io.IOException e) {
            throw new CaravanException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** What a codebook export wrote: the file, how many codes, whether the pseudonym list applied. */
    public record CodebookExport(Path file, int codes, Pseudonymization pseudonyms) {}

    /** The tree in order with coding counts (own, and including descendants) and per coder and document. */
    public List<CodeNode> tree() {
        return store.read(s -> {
            Codebook book = s.codes().codebook();
            Map<Long, Integer> own = new HashMap<>();
            Map<Long, List<CodeNode.Use>> uses = new HashMap<>();
            for (org.caravanqda.app.port.CodingRepository.Use u : s.codings().uses()) {
                own.merge(u.codeId(), u.codings(), Integer::sum);
                uses.computeIfAbsent(u.codeId(), k -> new ArrayList<>())
                        .add(new CodeNode.Use(u.coder(), u.documentId(), u.codings()));
            }
            Map<Long, Long> versions = s.versions()
                    .current(
                            org.caravanqda.app.port.Versions.Versioned.CODE,
                            book.inTreeOrder().stream().map(Code::id).toList());
            List<CodeNode> out = new ArrayList<>();
            for (Code c : book.inTreeOrder()) {
                int total = book.subtree(c).stream()
                        .mapToInt(d -> own.getOrDefault(d.id(), 0))
                        .sum();
                out.add(new CodeNode(
                        book.path(c).toString(),
                        book.path(c).depth() - 1,
                        c,
                        own.getOrDefault(c.id(), 0),
                        total,
                        uses.getOrDefault(c.id(), List.of()),
                        versions.getOrDefault(c.id(), -1L)));
            }
            return out;
        });
    }

    static List<CodeDraft> drafts(Codebook book, List<Code> codes) {
        return codes.stream()
                .map(c -> new CodeDraft(
                        c.guid(),
                        c.name(),
                        c.color(),
                        c.definition(),
                        c.inclusion(),
                        c.exclusion(),
                        c.example(),
                        c.codable(),
                        drafts(book, book.childrenOf(c))))
                .toList();
    }

    private static CodebookFormat format(List<CodebookFormat> formats, Path file) {
        String ext = ImportFiles.extension(file);
        return formats.stream()
                .filter(f -> f.extensions().contains(ext))
                .findFirst()
                .orElseThrow(() -> new CaravanException(file + ": unknown codebook format (use "
                        + String.join(
                                " or ",
                                formats.stream()
                                        .flatMap(f -> f.extensions().stream())
                                        .sorted()
                                        .map(e -> "." + e)
                                        .toList())
                        + ")"));
    }

    public Set<String> extensions() {
        return Set.copyOf(formats.stream().flatMap(f -> f.extensions().stream()).toList());
    }
}
