package org.caravanqda.io.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.refi.RefiProject;
import org.caravanqda.app.refi.RefiProjectFormat;
import org.caravanqda.io.codebook.RefiXml;

/**
 * REFI-QDA project exchange files: reads leniently whatever NVivo, ATLAS.ti, MAXQDA, QualCoder
 * and others wrote, and writes strictly what the standard says (project.qde plus lower-case
 * sources/ with one UTF-8 .txt without BOM per document and per note).
 */
public final class RefiQdpxFormat implements RefiProjectFormat {
    private final QdpxArchive.Limits limits;

    public RefiQdpxFormat() {
        this(QdpxArchive.Limits.DEFAULT);
    }

    /** With other zip-bomb limits: tests use small ones. */
    RefiQdpxFormat(QdpxArchive.Limits limits) {
        this.limits = limits;
    }

    @Override
    public RefiProject read(Path qdpx) {
        if (qdpx.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".qde")) {
            return bareQde(qdpx);
        }
        try (QdpxArchive archive = QdpxArchive.open(qdpx, limits)) {
            String qde = archive.qdeEntry();
            String what = archive.name() + "!" + qde;
            byte[] xml = archive.read(archive.entry(qde));
            try {
                return QdeReader.read(RefiXml.parse(new ByteArrayInputStream(xml), what), archive, what);
            } catch (CaravanException e) {
                throw e.getMessage().endsWith("nothing was imported")
                        ? e
                        : new CaravanException(e.getMessage() + "; nothing was imported", e);
            }
        }
    }

    /** A project.qde on its own (as in the standard's annex): texts only where inline. */
    private static RefiProject bareQde(Path qde) {
        String what = String.valueOf(qde.getFileName());
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(qde)) {
            if (java.nio.file.Files.size(qde) > QdpxArchive.MAX_TOTAL_BYTES) {
                throw new CaravanException(
                        "Refused " + what + ": larger than " + (QdpxArchive.MAX_TOTAL_BYTES >> 20) + " MiB");
            }
            return QdeReader.read(RefiXml.parse(in, what), null, what);
        } catch (IOException e) {
            throw new CaravanException("Cannot read " + qde + ": " + RefiXml.oneLine(e.getMessage()), e);
        }
    }

    @Override
    public void write(RefiProject project, Path qdpx) {
        RefiXml.writeAtomically(qdpx, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry("project.qde"));
                QdeWriter.write(project, zip);
                zip.closeEntry();
                for (RefiProject.Source s : project.sources()) {
                    text(zip, s.guid(), s.text());
                }
                for (RefiProject.Note n : project.notes()) {
                    text(zip, n.guid(), n.text());
                }
                zip.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (XMLStreamException e) {
                throw new CaravanException(
                        "Cannot write " + qdpx.getFileName() + ": " + RefiXml.oneLine(e.getMessage()), e);
            }
        });
    }

    /** UTF-8 without BOM; line ends exactly as given (the export service chose them). */
    private static void text(ZipOutputStream zip, String guid, String text) throws IOException {
        byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > Integer.MAX_VALUE - 8) {
            throw new CaravanException("Cannot export: a text of " + bytes.length
                    + " bytes exceeds the REFI-QDA limit of 2,147,483,647 bytes per file");
        }
        zip.putNextEntry(new ZipEntry("sources/" + QdeWriter.textFile(guid)));
        zip.write(bytes);
        zip.closeEntry();
    }
}
