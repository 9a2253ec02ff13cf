package org.caravanqda.app.port;

import java.util.List;
import java.util.Optional;
import org.caravanqda.model.Coder;

public interface CoderRepository {
    Optional<Coder> byName(String name);

    long insert(Coder coder);

    List<Coder> all();
}
