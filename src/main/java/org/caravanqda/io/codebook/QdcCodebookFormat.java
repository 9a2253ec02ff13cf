package org.caravanqda.io.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.CaravanVersion;
import org.caravanqda.app.port.CodebookFormat;
import org.caravanqda.model.CodeDraft;

/**
 * REFI-QDA codebook exchange (.qdc, namespace urn:QDA-XML:codebook:1.0). Writes strictly (valid
 * against Codebook-mrt2019.xsd), reads leniently (other namespace versions, braces in GUIDs,
 * missing colours, GUIDs or isCodable). Definition, inclusion, exclusion and example travel in
 * the one Description as described in {@code package-info}. Reading a project .qde also works:
 * its CodeBook is taken.
 */
public final class QdcCodebookFormat implements CodebookFormat {

    @Override
    public Set<String> extensions() {
        return Set.of("qdc");
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public List<CodeDraft> read(Path file) {
        String what = String.valueOf(file.getFileName());
        try (InputStream in = new BoundedInput(Files.newInputStream(file), -1)) {
            long size = Files.size(file);
            if (size > BoundedInput.MAX_BYTES) { // refused before a byte is parsed
                throw new CaravanException("Cannot read " + what + ": it is " + (size >> 20)
                        + " MB, far beyond any codebook (the limit is " + (BoundedInput.MAX_BYTES >> 20) + " MB)");
            }
            return QdcReader.read(SecureXml.parse(in, what), what);
        } catch (NoSuchFileException e) {
            throw new CaravanException("Cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            throw new CaravanException("Cannot read " + file + ": " + SecureXml.oneLine(e.getMessage()), e);
        }
    }

    @Override
    public void write(List<CodeDraft> roots, Map<String, Integer> counts, String projectName, Path out) {
        // counts and the project name have no place in a REFI-QDA codebook
        RefiXml.writeAtomically(out, stream -> QdcWriter.write(roots, origin(), stream));
    }

    /** "Caravan 0.1.0" when run from the built jar, "Caravan" otherwise. */
    static String origin() {
        return CaravanVersion.fromJar().map(v -> "Caravan " + v).orElse("Caravan");
    }
}
