package org.caravanqda.io.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.DocumentReader;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.app.port.ReadOptions;

/**
 * Word .docx through POI XWPF: body paragraphs and table cells in order; headers, footers,
 * comments and customXml are not transcript text. Runs are joined as they are, because Word
 * splits words across runs.
 */
public final class DocxReader implements DocumentReader {
    /** Zip-bomb guards (POI-wide settings): no part may inflate more than this many times, or past the size. */
    static final int MAX_RATIO = 100;

    static final long MAX_PART_BYTES = 100L * 1024 * 1024;

    /** Set before the first file is opened, not when the readers are listed at start (POI is loaded then). */
    private static final class ZipGuards {
        static {
            ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
            ZipSecureFile.setMaxFileCount(10_000);
        }

        static void set() {
            // the static initializer above has run
        }
    }

    @Override
    public Set<String> extensions() {
        return Set.of("docx");
    }

    @Override
    public ParsedDocument read(Path file) {
        return read(file, ReadOptions.DETECT);
    }

    @Override
    public ParsedDocument read(Path file, ReadOptions options) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new CaravanException(file + " does not exist or is not a file");
        }
        ZipGuards.set();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XWPFDocument doc = new XWPFDocument(pkg)) {
            TextAssembler out = new TextAssembler(options.speakers());
            body(doc.getBodyElements(), out);
            return out.finish(file, Map.of());
        } catch (CaravanException e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new CaravanException(
                    name + " is an old Word .doc (or other OLE2) file, not .docx: save it as .docx first", e);
        } catch (EmptyFileException e) {
            throw new CaravanException(name + " is empty", e);
        } catch (InvalidFormatException | UnsupportedFileFormatException e) {
            throw new CaravanException(
                    name
                            + (mentionsDtd(e)
                                    ? " is not a readable .docx file: " + DTD
                                    : " is not a valid .docx file (not a Word document package)"),
                    e);
        } catch (IOException | RuntimeException e) {
            throw new CaravanException(name + " is not a readable .docx file: " + reason(e), e);
        } catch (NoClassDefFoundError e) {
            // an entry packed with a method whose codec is not shipped (zstd, xz...): Commons Compress
            // reaches for the codec's library; Word never writes these (found by the fuzzer)
            throw new CaravanException(
                    name + " is not a readable .docx file: a part of it is packed with a compression"
                            + " method Word does not use",
                    e);
        }
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("exceeded the max")) {
                return "a part of it unpacks to more than " + MAX_RATIO + " times its packed size or more than "
                        + Files2.megabytes(MAX_PART_BYTES) + " (the limits against zip bombs)";
            }
        }
        return mentionsDtd(e) ? DTD : "it is damaged or not a Word document";
    }

    private static final String DTD = "it contains a DTD, which is refused for safety";

    /** POI's parsers refuse any DOCTYPE (no XXE, no entity expansion); the refusal deserves its own words. */
    private static boolean mentionsDtd(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("DOCTYPE")) {
                return true;
            }
        }
        return false;
    }

    private static void body(List<IBodyElement> elements, TextAssembler out) {
        for (IBodyElement el : elements) {
            if (el instanceof XWPFParagraph p) {
                out.paragraph(paragraphText(p));
            } else if (el instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        body(cell.getBodyElements(), out);
                    }
                }
            } else if (el instanceof XWPFSDT sdt) {
                out.paragraph(sdt.getContent().getText());
            }
        }
    }

    /** Run texts joined without added spaces; XWPFRun.text() renders w:br as '\n' and w:tab as '\t'. */
    static String paragraphText(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        for (IRunElement r : p.getIRuns()) {
            if (r instanceof XWPFRun run) {
                sb.append(run.text());
            } else if (r instanceof XWPFSDT sdt) {
                sb.append(sdt.getContent().getText());
            }
        }
        return sb.toString();
    }
}
