package org.caravanqda.app.port;

import java.util.List;
import java.util.Optional;
import org.caravanqda.model.MediaLink;

/** Documents' recordings (the document_media table): at most one per document. */
public interface MediaRepository {
    Optional<MediaLink> of(long documentId);

    /** Every link, by document id. */
    List<MediaLink> all();

    /** Links the document to the file, replacing a link it had. */
    void put(MediaLink link);

    /** Removes the document's link; false when it had none. */
    boolean remove(long documentId);
}
