package org.caravanqda.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.StoreMark;
import org.caravanqda.util.AtomicFiles;
import org.caravanqda.util.PrivateFiles;

/**
 * The store's mark kept beside the index, in the index folder (index/ or index-encrypted/): how
 * far the project's database had got when the index last committed or the project was last
 * closed (ADR 0018). A small properties file, written atomically and forced to disk, read before
 * the database is opened for writing. It holds no text: an opaque project id (keyed when the
 * project is encrypted), a generation and an opaque entry fingerprint. Lucene and the encrypted
 * copy pass it over, and discarding a damaged index keeps it.
 */
final class StoreMarkFile {
    static final String NAME = "caravan-store.mark";
    /** Temporary files end like the encrypted copy's, which a load deletes as interrupted writes. */
    private static final String TEMP = ".part";

    private static final int MAX_BYTES = 4096;

    private StoreMarkFile() {}

    /** The mark in {@code folder}, empty when there is none or it does not read (it is evidence, not truth). */
    static Optional<StoreMark> read(Path folder) {
        Path file = folder.resolve(NAME);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            Properties p = new Properties();
            try (Reader r = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
                p.load(r);
            }
            return Optional.of(new StoreMark(
                    p.getProperty("project"), Long.parseLong(p.getProperty("generation")), p.getProperty("entry")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void write(Path folder, StoreMark mark) {
        String text = "# Caravan: how far this project's database had got (ADR 0018); derived, no text\n"
                + "project=" + mark.project() + "\n"
                + "generation=" + mark.generation() + "\n"
                + "entry=" + mark.entry() + "\n";
        Path link = PrivateFiles.firstLink(folder.getParent(), folder.resolve(NAME));
        if (link != null) { // never written through a link (issue #22): the mark is left out
            throw new CaravanException(PrivateFiles.linkRefusal(link));
        }
        try {
            AtomicFiles.to(folder.resolve(NAME))
                    .synced()
                    .tempSuffix(TEMP)
                    .write(tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(NAME), e);
        }
    }
}
