package org.caravanqda.io.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Supplier;
import org.caravanqda.model.CodeDraft;

/**
 * The default codebook shipped in codebooks/ (packed into the jar): the one {@code init} loads
 * unless told otherwise.
 */
public final class BundledCodebook implements Supplier<List<CodeDraft>> {
    public static final String FILE = "migration-central-asia.qdc";
    private static final String RESOURCE = "/org/caravanqda/codebooks/" + FILE;

    @Override
    public List<CodeDraft> get() {
        try (InputStream in = BundledCodebook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default codebook is missing from the build: " + RESOURCE);
            }
            Path tmp = Files.createTempFile("caravan-codebook", ".qdc");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                return new QdcCodebookFormat().read(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default codebook", e);
        }
    }
}
