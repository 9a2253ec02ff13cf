package org.caravanqda.app.port;

import java.util.List;
import org.caravanqda.model.Memo;

/** Free memos on the project, a document, a code or a coding (the memo table). */
public interface MemoRepository {
    /** Inserts the memo (id ignored; a coder, when named, must exist); returns the new id. */
    long insert(Memo memo);

    /** All memos, in insertion order. */
    List<Memo> all();
}
