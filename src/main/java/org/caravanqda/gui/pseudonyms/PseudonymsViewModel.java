package org.caravanqda.gui.pseudonyms;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caravanqda.app.pseudonym.PseudonymService;
import org.caravanqda.gui.common.Jobs;
import org.caravanqda.gui.common.Notifier;
import org.caravanqda.gui.common.Work;
import org.caravanqda.model.Pseudonym;

/** The pseudonym table: the list as stored; add, edit and remove run on the job thread and read the list again. */
public final class PseudonymsViewModel {
    private final PseudonymService service;
    private final Jobs jobs;
    private final Notifier notifier;
    private final Runnable changed;
    private final ObservableList<Pseudonym> entries = FXCollections.observableArrayList();

    /** {@code changed}: runs after each change (the workbench re-reads what it shows). */
    public PseudonymsViewModel(PseudonymService service, Jobs jobs, Notifier notifier, Runnable changed) {
        this.service = service;
        this.jobs = jobs;
        this.notifier = notifier;
        this.changed = changed;
    }

    public ObservableList<Pseudonym> entries() {
        return entries;
    }

    public void load() {
        submit((p, c) -> null, false);
    }

    public void add(String realName, String pseudonym) {
        submit((p, c) -> service.add(realName, pseudonym, null), true);
    }

    public void edit(Pseudonym entry, String realName, String pseudonym) {
        submit(
                (p, c) -> {
                    service.update(entry.id(), realName, pseudonym, entry.notes());
                    return null;
                },
                true);
    }

    public void remove(Pseudonym entry) {
        submit(
                (p, c) -> {
                    service.removeId(entry.id());
                    return null;
                },
                true);
    }

    /** Runs the change, then reads the list in the same job; a refusal keeps the table as it was, re-read. */
    private void submit(Work<?> work, boolean isChange) {
        jobs.submit(
                (p, c) -> {
                    work.run(p, c);
                    return service.list();
                },
                (List<Pseudonym> list) -> {
                    entries.setAll(list);
                    if (isChange) {
                        changed.run();
                    }
                },
                e -> {
                    notifier.error("Pseudonyms", e);
                    jobs.submit((p, c) -> service.list(), entries::setAll, x -> {});
                });
    }
}
