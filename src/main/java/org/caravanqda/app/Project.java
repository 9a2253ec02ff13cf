package org.caravanqda.app;

import java.nio.file.Path;
import org.caravanqda.app.agreement.AgreementService;
import org.caravanqda.app.attributes.AttributeService;
import org.caravanqda.app.check.CheckService;
import org.caravanqda.app.codebook.CodebookService;
import org.caravanqda.app.coding.CodingService;
import org.caravanqda.app.common.Faults;
import org.caravanqda.app.common.Redacted;
import org.caravanqda.app.documents.DocumentService;
import org.caravanqda.app.export.ExportService;
import org.caravanqda.app.imports.ImportService;
import org.caravanqda.app.memos.MemoService;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreMark;
import org.caravanqda.app.pseudonym.PseudonymService;
import org.caravanqda.app.refi.RefiExportService;
import org.caravanqda.app.refi.RefiImportService;
import org.caravanqda.app.retrieval.RetrievalService;
import org.caravanqda.app.search.AutocodeService;
import org.caravanqda.app.search.SearchIndex;
import org.caravanqda.app.search.SearchIndexes;
import org.caravanqda.app.search.SearchService;
import org.caravanqda.app.tables.TableService;
import org.slf4j.LoggerFactory;

/** An open project and its use cases. Close it to release the database and its lock. */
public final class Project implements AutoCloseable {
    private final ProjectStore store;
    private final AttributeService attributes;
    private final org.caravanqda.app.cases.CaseService cases;
    private final ImportService imports;
    private final CodingService codings;
    private final org.caravanqda.app.coding.CodingBatch codingBatch;
    private final CodebookService codebook;
    private final DocumentService documents;
    private final SearchIndexes indexes;
    private SearchIndex index;
    private SearchService search;
    private final AgreementService agreement;
    private final TableService tables;
    private final ExportService exports;
    private final RefiImportService refiImports;
    private final RefiExportService refiExports;
    private final PseudonymService pseudonyms;
    /** Set when opened by {@code check --repair}: what was accepted at open; null for an ordinary open. */
    private final CheckService.Repair repair;

    private final RetrievalService retrieval;

    private final MemoService memos;
    private final org.caravanqda.app.revision.RevisionService revisions;
    private final org.caravanqda.app.media.MediaService media;
    private final Caravan app;
    /** Set on a borrowed view: the project that owns the store, the index and the close. */
    private final Project owner;

    private org.caravanqda.app.port.WindowChannel.Listening window;
    /** The running {@link #watchChanges} of the owner (a borrowed view shares its owner's), stopped on close. */
    private final java.util.List<ProjectStore.Watch> watches;

    Project(ProjectStore store, Caravan app, CheckService.Repair repair) {
        this.store = store;
        this.repair = repair;
        this.app = app;
        this.owner = null;
        this.watches = new java.util.ArrayList<>();
        this.attributes = new AttributeService(store, app.tables());
        this.cases = new org.caravanqda.app.cases.CaseService(store, app.tables());
        this.imports = new ImportService(store, app.readers(), attributes, () -> search().sync());
        this.indexes = app.indexes();
        this.codings = new CodingService(store);
        this.codingBatch = new org.caravanqda.app.coding.CodingBatch(store, app.tables());
        this.codebook = new CodebookService(
                store, app.codebookFormats(), app.nameForms(), app.exporters().readBack());
        this.documents = new DocumentService(store);
        this.agreement = new AgreementService(store);
        this.tables = new TableService(store);
        this.retrieval = new RetrievalService(store);
        this.exports = new ExportService(store, app.exporters(), app.nameForms());
        this.refiImports = new RefiImportService(
                store,
                app.refiProjects(),
                app.readers().stream()
                        .filter(r -> r.extensions().contains("txt"))
                        .findFirst()
                        .orElse(null),
                progress -> search().sync().catchUp(progress));
        this.pseudonyms = new PseudonymService(store, app.nameForms(), app.tables());
        this.memos = new MemoService(store);
        this.revisions = new org.caravanqda.app.revision.RevisionService(store, imports);
        this.media = new org.caravanqda.app.media.MediaService(store);
        this.refiExports = new RefiExportService(
                store, app.refiProjects(), app.nameForms(), app.exporters().readBack());
    }

    /** A view of {@code owner} whose close does nothing (commands run in the window close what they open). */
    private Project(Project owner) {
        this.store = owner.store;
        this.app = owner.app;
        this.owner = owner;
        this.repair = owner.repair;
        this.attributes = owner.attributes;
        this.cases = owner.cases;
        this.imports = owner.imports;
        this.indexes = owner.indexes;
        this.codings = owner.codings;
        this.codebook = owner.codebook;
        this.documents = owner.documents;
        this.agreement = owner.agreement;
        this.tables = owner.tables;
        this.exports = owner.exports;
        this.refiImports = owner.refiImports;
        this.pseudonyms = owner.pseudonyms;
        this.memos = owner.memos;
        this.revisions = owner.revisions;
        this.media = owner.media;
        this.retrieval = owner.retrieval;
        this.codingBatch = owner.codingBatch;
        this.refiExports = owner.refiExports;
        this.watches = owner.watches;
    }

    /** This project for code that closes what it is given (a command): that close leaves this one open. */
    public Project borrowed() {
        return new Project(owner == null ? this : owner);
    }

    /**
     * Lets command lines of other processes run here while this process holds the project: the
     * window calls it once it has opened a project (ADR 0019). Closing the project stops it.
     * Returns where it listens (a Unix-domain address).
     */
    public synchronized java.net.SocketAddress serveCommandsBeside() {
        if (owner != null) {
            throw new IllegalStateException("a borrowed project does not serve");
        }
        if (window == null) {
            window = app.listen(this);
        }
        return window.address();
    }

    public Path directory() {
        return store.directory();
    }

    /**
     * Calls {@code hint} on a thread of its own whenever another coder may have written to this
     * project (a server project: LISTEN/NOTIFY, every reconnect, every quiet period; ADR 0026); then
     * {@link #followChanges()} says what. A folder project has one writer and never hints. Closing the
     * project (or the handle) stops it.
     */
    public ProjectStore.Watch watchChanges(Runnable hint) {
        if (owner != null) {
            return owner.watchChanges(hint);
        }
        ProjectStore.Watch w = store.watchChanges(hint);
        synchronized (watches) {
            watches.add(w);
        }
        return () -> {
            synchronized (watches) {
                watches.remove(w);
            }
            w.close();
        };
    }

    /**
     * Follows the change log from its end now: each {@link org.caravanqda.app.live.ChangeFollower#next}
     * returns what other coders wrote since the last look (who, what, which documents).
     */
    public org.caravanqda.app.live.ChangeFollower followChanges() {
        return new org.caravanqda.app.live.ChangeFollower(store);
    }

    /**
     * Whether the project folder takes nothing in the clear: an encrypted project's, and a server
     * project's local folder (its cache is kept encrypted under a key the server keeps, ADR 0030).
     */
    public boolean folderEncrypted() {
        return store.derivedDataEncrypted();
    }

    /** Whether the project is encrypted: then nothing of it belongs outside its folder in the clear. */
    public boolean encrypted() {
        return store.encrypted();
    }

    /** The store itself, for the wiring only: use cases reach it through their services (see StoreAccess in src/bench). */
    ProjectStore store() {
        return store;
    }

    /** Cases (participants across documents): made in the window or from a CSV. */
    public org.caravanqda.app.cases.CaseService cases() {
        return cases;
    }

    public AttributeService attributes() {
        return attributes;
    }

    public ImportService imports() {
        return imports;
    }

    /** Codings from a table ({@code code --from codings.csv}), all in one transaction. */
    public org.caravanqda.app.coding.CodingBatch codingBatch() {
        return codingBatch;
    }

    public CodingService codings() {
        return codings;
    }

    public CodebookService codebook() {
        return codebook;
    }

    public DocumentService documents() {
        return documents;
    }

    /**
     * Search over the derived index, opened on first use (most commands never need it). An
     * encrypted project's index, and a server project's local one, works in memory and is kept
     * encrypted between sessions.
     */
    public synchronized SearchService search() {
        if (owner != null) {
            return owner.search();
        }
        if (search == null) {
            index = store.derivedDataEncrypted()
                    ? indexes.openEncrypted(store.directory(), store.derivedDataKey())
                    : indexes.open(store.directory());
            search = new SearchService(store, index);
        }
        return search;
    }

    /**
     * A server project: a new key for this login's local caches (ADR 0030). The copy in this
     * folder, made under the old key, is removed now (the index opens under the new one and does
     * not decrypt it); other machines' copies are rebuilt from the server when they next open.
     * Called before the index is opened. Returns whether the login had a key.
     */
    public boolean renewCacheKey() {
        if (owner != null) {
            return owner.renewCacheKey();
        }
        synchronized (this) {
            if (index != null) {
                throw new IllegalStateException("the cache key is renewed before the search index opens");
            }
        }
        boolean had = store.renewDerivedDataKey();
        search();
        return had;
    }

    /** {@code caravan check}; opened with {@link Caravan#openForRepair}, it also accepts a database behind its index. */
    public CheckService check() {
        return new CheckService(store, search(), repair);
    }

    public AutocodeService autocode() {
        return new AutocodeService(store, search());
    }

    public AgreementService agreement() {
        return agreement;
    }

    public TableService tables() {
        return tables;
    }

    /** The coded segments of codes (ANY or ALL, filtered), as the retrieval view lists them. */
    public RetrievalService retrieval() {
        return retrieval;
    }

    public ExportService exports() {
        return exports;
    }

    /** REFI-QDA project import (.qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder, ...). */
    public RefiImportService refiImports() {
        return refiImports;
    }

    /** REFI-QDA project export (.qdpx). */
    public RefiExportService refiExports() {
        return refiExports;
    }

    /** Memos on the project, its documents, codes and codings. */
    public MemoService memos() {
        return memos;
    }

    /** Corrected transcripts: replace a document's text, its history and revert, orphaned codings (issue 21). */
    public org.caravanqda.app.revision.RevisionService revisions() {
        return revisions;
    }

    /** Documents' recordings: attach, list, detach, and the file to play. */
    public org.caravanqda.app.media.MediaService media() {
        return media;
    }

    /** The project's pseudonym list, applied to exports (and to the GUI on request). */
    public PseudonymService pseudonyms() {
        return pseudonyms;
    }

    /**
     * An online backup of the project database to {@code zip}, safe while this process keeps
     * working on the project (the search index is derived and not included).
     */
    public org.caravanqda.app.port.BackupInfo backup(Path zip) {
        return store.backup(zip);
    }

    /**
     * Releases the index, then the database and its lock. A failure to close the index (its folder
     * moved away, a full disk) is no failure of the command that already finished: the index is
     * derived, and its uncommitted changes are re-derived from the store next time.
     * In between, once the store is durable, it records how far the store got in the mark beside
     * the index (ADR 0018), so a database that later loses its tail is told apart even when this
     * session never searched. The mark only moves forward here.
     */
    @Override
    public void close() {
        if (owner != null) {
            return;
        }
        org.caravanqda.app.port.WindowChannel.Listening w;
        synchronized (this) {
            w = window;
            window = null;
        }
        if (w != null) {
            w.close(); // no new command starts, and the one running finishes before the store closes
        }
        java.util.List<ProjectStore.Watch> running;
        synchronized (watches) {
            running = java.util.List.copyOf(watches);
            watches.clear();
        }
        running.forEach(ProjectStore.Watch::close);
        closeStore();
    }

    private synchronized void closeStore() {
        try {
            if (index != null) {
                index.close();
            }
        } catch (RuntimeException e) {
            if (Faults.kind(e, store.directory(), java.util.List.of()) == null) {
                LoggerFactory.getLogger(Project.class).warn("closing the search index failed", Redacted.of(e));
            }
        } finally {
            try {
                recordMark();
            } finally {
                store.close();
            }
        }
    }

    private void recordMark() {
        try {
            store.makeDurable();
            long generation = store.read(s -> s.changeLog().generation());
            StoreMark mark = store.markAt(generation);
            if (mark == null) {
                return;
            }
            StoreMark kept = indexes.mark(store.directory()).orElse(null);
            if (kept != null && kept.project().equals(mark.project()) && kept.generation() >= generation) {
                return; // as far already (or further: a store behind its index keeps that evidence)
            }
            indexes.recordMark(store.directory(), store.derivedDataEncrypted(), mark);
        } catch (RuntimeException e) {
            // the mark is evidence, not data: a project closes without it, and the next close writes it
        }
    }
}
