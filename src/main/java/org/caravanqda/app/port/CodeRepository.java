package org.caravanqda.app.port;

import java.util.List;
import org.caravanqda.model.Code;
import org.caravanqda.model.Codebook;

public interface CodeRepository {
    /** Inserts the code (its id is ignored); returns the new id. */
    long insert(Code code);

    void update(Code code);

    /** Deletes a code that no coding and no sub-code uses any more. */
    void delete(long id);

    Codebook codebook();

    List<Code> all();
}
