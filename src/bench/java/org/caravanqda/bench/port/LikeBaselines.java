package org.caravanqda.bench.port;

import org.caravanqda.app.port.ProjectStore;

/** Gives the LIKE baseline of an open store (for `caravan bench`). */
public interface LikeBaselines {
    LikeBaseline on(ProjectStore store);
}
