package org.caravanqda.app.port;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The researcher's corrections to what a reader would detect: {@code encoding} (null: detect)
 * for plain-text formats; {@code speakers} null to detect speaker labels, empty for no speaker
 * turns at all, otherwise exactly these labels (case-insensitive) are speakers.
 */
public record ReadOptions(Charset encoding, List<String> speakers) {
    public static final ReadOptions DETECT = new ReadOptions(null, null);

    public ReadOptions {
        speakers = speakers == null ? null : List.copyOf(speakers);
    }
}
