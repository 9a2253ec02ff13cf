package org.caravanqda.io.readback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ExportReadBack;
import org.caravanqda.io.xml.SecureXmlParsers;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Caravan's own exports back the way a spreadsheet, a QDA program or an editor would see
 * them: xlsx cells (shared and inline strings) and sheet names,
 * CSV fields, every text node and attribute value of the XML in .qdc and .qdpx (and the .txt
 * sources beside it), Markdown lines. Memory stays flat: nothing is held beyond one cell, field,
 * element or line.
 */
public final class ExportFilesReadBack implements ExportReadBack {
    @Override
    public void read(Path file, String extension, Sink sink) {
        try {
            switch (extension.toLowerCase(Locale.ROOT)) {
                case "xlsx" -> xlsx(file, sink);
                case "csv" -> csv(file, sink);
                case "qdpx" -> qdpx(file, sink);
                case "qdc", "qde" -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        xml(in, "the codebook", sink);
                    }
                }
                default -> lines(Files.newBufferedReader(file, StandardCharsets.UTF_8), "", sink);
            }
        } catch (IOException | UncheckedIOException | SAXException | ParserConfigurationException e) {
            throw new CaravanException("cannot read the export back to check it for real names: " + e.getMessage(), e);
        }
    }

    /**
     * The workbook as the zip it is (our own file, just written: POI's process-wide zip-bomb
     * limits, set for documents from elsewhere, must not refuse a large export): sheets in tab
     * order from workbook.xml and its relationships, shared strings if any, then each sheet.
     */
    private static void xlsx(Path file, Sink sink) throws IOException, SAXException, ParserConfigurationException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            List<String[]> sheets = new ArrayList<>(); // name, relationship id
            parse(zip, "xl/workbook.xml", new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if (local.equals("sheet")) {
                        String id = null;
                        for (int i = 0; i < a.getLength(); i++) {
                            if (a.getLocalName(i).equals("id")) {
                                id = a.getValue(i);
                            }
                        }
                        sheets.add(new String[] {a.getValue("name"), id});
                    }
                }
            });
            Map<String, String> targets = new HashMap<>();
            parse(zip, "xl/_rels/workbook.xml.rels", new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if (local.equals("Relationship")) {
                        targets.put(a.getValue("Id"), a.getValue("Target"));
                    }
                }
            });
            List<String> shared = new ArrayList<>();
            if (zip.getEntry("xl/sharedStrings.xml") != null) {
                parse(zip, "xl/sharedStrings.xml", new DefaultHandler() {
                    private final StringBuilder item = new StringBuilder();
                    private boolean inText;

                    @Override
                    public void startElement(String uri, String local, String qName, Attributes a) {
                        if (local.equals("si")) {
                            item.setLength(0);
                        } else if (local.equals("t")) {
                            inText = true;
                        }
                    }

                    @Override
                    public void characters(char[] ch, int start, int length) {
                        if (inText) {
                            item.append(ch, start, length);
                        }
                    }

                    @Override
                    public void endElement(String uri, String local, String qName) {
                        if (local.equals("t")) {
                            inText = false;
                        } else if (local.equals("si")) {
                            shared.add(item.toString());
                        }
                    }
                });
            }
            for (int n = 1; n <= sheets.size(); n++) {
                String[] sheet = sheets.get(n - 1);
                sink.text("the name of sheet " + n, sheet[0]);
                String target = targets.get(sheet[1]);
                if (target == null) {
                    throw new IOException("sheet " + n + " has no part in the workbook");
                }
                String entry = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                parse(zip, entry, new SheetCells(n, shared, sink));
            }
        }
    }

    private static void parse(ZipFile zip, String entry, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            throw new IOException("it has no " + entry);
        }
        try (InputStream in = zip.getInputStream(e)) {
            SecureXmlParsers.sax().parse(new InputSource(in), handler);
        }
    }

    /** The string cells of one sheet: inline strings, formula strings and shared strings by index. */
    private static final class SheetCells extends DefaultHandler {
        private final int sheet;
        private final List<String> shared;
        private final Sink sink;
        private final StringBuilder text = new StringBuilder();
        private String ref;
        private String type;
        private boolean collecting;

        SheetCells(int sheet, List<String> shared, Sink sink) {
            this.sheet = sheet;
            this.shared = shared;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "c" -> {
                    ref = a.getValue("r");
                    type = a.getValue("t");
                    text.setLength(0);
                }
                case "t", "v" -> collecting = true;
                default -> {
                    // rows, formulas and styles hold no text of ours
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (local.equals("t") || local.equals("v")) {
                collecting = false;
            } else if (local.equals("c")) {
                String where = "sheet " + sheet + " cell " + ref;
                if ("s".equals(type)) {
                    try {
                        sink.text(
                                where,
                                shared.get(Integer.parseInt(text.toString().strip())));
                    } catch (NumberFormatException | IndexOutOfBoundsException e) {
                        sink.text(where, text.toString());
                    }
                } else if (text.length() > 0) {
                    sink.text(where, text.toString());
                }
            }
        }
    }

    private static void csv(Path file, Sink sink) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(r, CSVFormat.RFC4180)) {
            for (CSVRecord row : parser) {
                for (int i = 0; i < row.size(); i++) {
                    sink.text("row " + (row.getRecordNumber()) + " column " + (i + 1), row.get(i));
                }
            }
        }
    }

    private static void qdpx(Path file, Sink sink) throws IOException, SAXException, ParserConfigurationException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            int n = 0;
            for (ZipEntry e : Collections.list(zip.entries())) {
                n++;
                sink.text("the name of entry " + n, e.getName());
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName().toLowerCase(Locale.ROOT);
                try (InputStream in = zip.getInputStream(e)) {
                    if (name.endsWith(".qde") || name.endsWith(".xml")) {
                        xml(in, e.getName(), sink);
                    } else if (name.endsWith(".txt")) {
                        lines(
                                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                                e.getName() + " ",
                                sink);
                    } else {
                        sink.text(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
    }

    /** Every attribute value and text node, placed by element name and its count in the file. */
    private static void xml(InputStream in, String part, Sink sink)
            throws IOException, SAXException, ParserConfigurationException {
        SecureXmlParsers.sax().parse(new InputSource(in), new DefaultHandler() {
            private final Map<String, Integer> counts = new HashMap<>();
            private final StringBuilder text = new StringBuilder();
            private final java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();

            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                flush();
                int k = counts.merge(local, 1, Integer::sum);
                String element = part + ", " + local + " element " + k;
                open.push(element);
                for (int i = 0; i < a.getLength(); i++) {
                    sink.text(element + ", attribute " + a.getLocalName(i), a.getValue(i));
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                flush();
                open.pop();
            }

            private void flush() {
                if (!text.isEmpty() && !open.isEmpty()) {
                    sink.text("the text of " + open.peek(), text.toString());
                }
                text.setLength(0);
            }
        });
    }

    private static void lines(BufferedReader r, String prefix, Sink sink) throws IOException {
        try (r) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    sink.text(prefix + "line " + n, line);
                }
            }
        }
    }
}
