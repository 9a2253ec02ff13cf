package org.caravanqda.io.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.CodebookFormat;
import org.caravanqda.model.CodeDraft;

/**
 * Takes only the codebook out of a REFI-QDA project (.qdpx archive or a bare .qde), so a colleague's
 * NVivo, ATLAS.ti or MAXQDA codes can be reused without importing their documents. Read only:
 * projects are written by the project exporter.
 */
public final class RefiProjectCodebookFormat implements CodebookFormat {

    @Override
    public Set<String> extensions() {
        return Set.of("qdpx", "qde");
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public List<CodeDraft> read(Path file) {
        String name = String.valueOf(file.getFileName());
        if (!name.toLowerCase(Locale.ROOT).endsWith(".qdpx")) {
            return new QdcCodebookFormat().read(file); // a bare .qde is XML like a .qdc
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry qde = projectEntry(zip, name);
            try (InputStream in = new BoundedInput(zip.getInputStream(qde), Math.max(qde.getCompressedSize(), 1))) {
                String what = name + "!" + qde.getName();
                return QdcReader.read(SecureXml.parse(in, what), what);
            }
        } catch (NoSuchFileException e) {
            throw new CaravanException("Cannot read " + file + ": no such file", e);
        } catch (ZipException e) {
            throw new CaravanException("Cannot read " + name + ": not a valid .qdpx (zip) archive", e);
        } catch (IOException e) {
            throw new CaravanException("Cannot read " + name + ": " + SecureXml.oneLine(e.getMessage()), e);
        }
    }

    /** The single .qde at the archive root; ATLAS.ti names it after the project, not project.qde. */
    private static ZipEntry projectEntry(ZipFile zip, String name) {
        List<? extends ZipEntry> found = zip.stream()
                .filter(e -> !e.isDirectory() && !e.getName().contains("/"))
                .filter(e -> e.getName().toLowerCase(Locale.ROOT).endsWith(".qde"))
                .toList();
        if (found.size() != 1) {
            throw new CaravanException("Cannot read " + name
                    + ": expected one .qde project file at the archive root, found " + found.size());
        }
        return found.get(0);
    }

    @Override
    public void write(List<CodeDraft> roots, Map<String, Integer> counts, String projectName, Path out) {
        throw new CaravanException("Cannot write a codebook as " + out.getFileName()
                + ": export the codebook as .qdc, or the whole project with 'caravan export'");
    }
}
