package org.caravanqda.app.refi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A document's text as it goes into the archive: as stored, or with CRLF turned into LF (so
 * that ATLAS.ti's CRLF-as-one counting agrees), with stored offsets mapped onto it.
 */
final class ExportText {
    private final String text;
    private final boolean hasCrlf;
    /** Stored indices of the CRs that were dropped, ascending. */
    private final List<Integer> droppedCr = new ArrayList<>();

    ExportText(String stored, boolean lfLineEnds) {
        this.hasCrlf = stored.contains("\r\n");
        if (lfLineEnds && hasCrlf) {
            for (int i = stored.indexOf("\r\n"); i >= 0; i = stored.indexOf("\r\n", i + 2)) {
                droppedCr.add(i);
            }
            this.text = stored.replace("\r\n", "\n");
        } else {
            this.text = stored;
        }
    }

    String text() {
        return text;
    }

    /** Whether the exported text still has CRLF line ends. */
    boolean hasCrlf() {
        return hasCrlf && droppedCr.isEmpty();
    }

    /** The exported index of a stored index: minus the dropped CRs before it. */
    int index(int stored) {
        int k = Collections.binarySearch(droppedCr, stored);
        int before = k >= 0 ? k : -k - 1;
        return stored - before;
    }
}
