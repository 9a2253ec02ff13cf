package org.caravanqda.app.port;

import java.util.List;
import java.util.Optional;
import org.caravanqda.model.Memo;

/** Free memos on the project, a document, a code or a coding (the memo table). */
public interface MemoRepository {
    /** Inserts the memo (id ignored; a coder, when named, must exist); returns the new id. */
    long insert(Memo memo);

    /** Puts a removed memo back under its own id (undo of a removal). */
    void restore(Memo memo);

    /** All memos, in insertion order. */
    List<Memo> all();

    Optional<Memo> find(long id);

    /** The memos of one target, in insertion order. */
    List<Memo> of(Memo.MemoTarget target, long targetId);

    /** Sets title, text and the time of the change; false when there is no such memo. */
    boolean update(Memo memo);

    /** Removes the memo; false when there is none. */
    boolean delete(long id);
}
