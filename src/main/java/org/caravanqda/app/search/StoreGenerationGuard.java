package org.caravanqda.app.search;

import java.nio.file.Path;
import java.util.Optional;
import org.caravanqda.app.port.OpenGuard;
import org.caravanqda.app.port.StoreMark;
import org.caravanqda.app.port.StoreView;

/**
 * The rule of ADR 0018, applied before a project's database is opened for writing: the store's
 * generation never goes back, so a store behind the mark kept beside its index (same project)
 * lost its tail or was put back, and one whose change-log entry at the mark's generation differs
 * has another history. Either is refused (H2 would otherwise rewrite the file and the index
 * would be rebuilt from less), unless the researcher accepts it with {@code check --repair},
 * which keeps a copy of the file first. A mark of another project, or none, admits the store:
 * the index is then rebuilt for it.
 */
public final class StoreGenerationGuard implements OpenGuard {
    private final SearchIndexes indexes;
    private final Path dir;
    private final boolean accepting;
    private volatile StoreBehindIndexException accepted;

    private StoreGenerationGuard(SearchIndexes indexes, Path dir, boolean accepting) {
        this.indexes = indexes;
        this.dir = dir;
        this.accepting = accepting;
    }

    /** Refuses a store behind its index. */
    public static StoreGenerationGuard refusing(SearchIndexes indexes, Path dir) {
        return new StoreGenerationGuard(indexes, dir, false);
    }

    /** Admits a store behind its index after a copy of its file is kept ({@code check --repair}); {@link #accepted} says what it was. */
    public static StoreGenerationGuard accepting(SearchIndexes indexes, Path dir) {
        return new StoreGenerationGuard(indexes, dir, true);
    }

    @Override
    public Admission admit(StoreView view) {
        Optional<StoreBehindIndexException> finding = finding(view, indexes.mark(dir));
        if (finding.isEmpty()) {
            return Admission.OPEN;
        }
        if (!accepting) {
            throw finding.get();
        }
        accepted = finding.get();
        return Admission.OPEN_AFTER_COPY;
    }

    /** What an accepting guard admitted although the store was behind its index; null when it was not. */
    public StoreBehindIndexException accepted() {
        return accepted;
    }

    private Optional<StoreBehindIndexException> finding(StoreView view, Optional<StoreMark> evidence) {
        StoreMark store = view.mark();
        if (evidence.isEmpty() || !evidence.get().project().equals(store.project())) {
            return Optional.empty();
        }
        StoreMark seen = evidence.get();
        if (store.generation() < seen.generation()) {
            return Optional.of(
                    new StoreBehindIndexException(dir, store.generation(), seen.generation(), view.end(), false, true));
        }
        if (seen.generation() > 0
                && !seen.entry().isEmpty()
                && !view.entryAt(seen.generation()).map(seen.entry()::equals).orElse(false)) {
            return Optional.of(
                    new StoreBehindIndexException(dir, store.generation(), seen.generation(), view.end(), true, true));
        }
        return Optional.empty();
    }
}
