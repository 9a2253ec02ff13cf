package org.caravanqda.app.media;

import java.nio.file.Path;
import org.caravanqda.model.MediaLink;

/**
 * A document's recording as the window and {@code caravan media list} show it: the path as stored,
 * the file it names on this machine (null when the stored path would leave the project folder) and
 * whether that file is there.
 */
public record MediaEntry(String document, MediaLink link, Path file, Status status) {
    public enum Status {
        /** the file is where the link says */
        FOUND,
        /** nothing is there (moved, renamed, deleted, or a project moved without its recordings) */
        MISSING,
        /** a relative path leading out of the project folder: never opened */
        OUTSIDE
    }

    public boolean playable() {
        return status == Status.FOUND;
    }

    /** One line for a recording that cannot be played, or null when it can. */
    public String problem() {
        return switch (status) {
            case FOUND -> null;
            case MISSING ->
                "the recording " + link.path() + " is not there (moved or deleted?): attach it again"
                        + " with Documents > Attach recording... or caravan media attach; the transcript works without it";
            case OUTSIDE ->
                "the recording's path " + link.path() + " leads out of the project folder, so Caravan"
                        + " does not open it: attach the recording again";
        };
    }
}
