package org.caravanqda.model;

import java.time.Instant;

/**
 * A document's recording: the file's path as stored (relative to the project folder, with '/', when
 * the file lies inside it; else absolute), whether it is audio or video, and whether Caravan copied
 * it into the project's media folder.
 */
public record MediaLink(long documentId, String path, Kind kind, boolean copied, Instant attachedAt) {
    public enum Kind {
        AUDIO,
        VIDEO
    }

    public MediaLink {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a media link needs a path");
        }
    }
}
