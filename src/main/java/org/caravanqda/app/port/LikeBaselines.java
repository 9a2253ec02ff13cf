package org.caravanqda.app.port;

/** Gives the LIKE baseline of an open store (for `caravan bench`). */
public interface LikeBaselines {
    LikeBaseline on(ProjectStore store);
}
