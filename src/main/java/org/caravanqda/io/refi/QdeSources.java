package org.caravanqda.io.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.caravanqda.app.refi.RefiProject;
import org.w3c.dom.Element;

/**
 * The Sources of a project.qde. Text sources, the text layer of PDFs and the transcripts of
 * audio and video become text sources; pictures, media and PDF regions are listed as skipped.
 */
final class QdeSources {
    private static final List<String> VALUE_ELEMENTS =
            List.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue");
    private final QdpxArchive archive;
    private final List<String> skipped;
    private Map<String, List<String>> linkedNotes = Map.of();

    QdeSources(QdpxArchive archive, List<String> skipped) {
        this.archive = archive;
        this.skipped = skipped;
    }

    void setLinkedNotes(Map<String, List<String>> linkedNotes) {
        this.linkedNotes = linkedNotes;
    }

    List<RefiProject.Source> read(Element sources) {
        List<RefiProject.Source> out = new ArrayList<>();
        // a transcript that is a text source's own file (as Caravan writes a recording's) is that source
        java.util.Set<String> textFiles = new java.util.HashSet<>();
        for (Element e : Dom.children(sources, "TextSource")) {
            String path = Dom.attr(e, "plainTextPath");
            if (path != null) {
                textFiles.add(path);
            }
        }
        for (Element e : Dom.children(sources)) {
            String kind = Dom.localName(e);
            String name = name(e);
            switch (kind) {
                case "TextSource" -> out.add(source(e, e, name));
                case "PDFSource" -> {
                    Element rep = Dom.child(e, "Representation");
                    skipIfAny(e, "PDFSelection", "PDF source '" + name + "'", "region selection(s) on the PDF pages");
                    if (rep == null) {
                        skipped.add(
                                "PDF source '" + name + "': no text layer (Representation); Caravan imports text only");
                    } else {
                        out.add(source(e, rep, name));
                    }
                }
                case "AudioSource", "VideoSource" -> {
                    skipIfAny(
                            e,
                            kind.equals("AudioSource") ? "AudioSelection" : "VideoSelection",
                            kind + " '" + name + "'",
                            "time selection(s) on the media");
                    List<Element> transcripts = Dom.children(e, "Transcript");
                    if (transcripts.isEmpty()) {
                        skipped.add(kind + " '" + name + "': media without a transcript; Caravan imports text only");
                    }
                    for (Element t : transcripts) {
                        String file = Dom.attr(t, "plainTextPath");
                        if (file != null && textFiles.contains(file)) {
                            skipped.add(kind + " '" + name + "': the recording itself (Caravan imports text; its"
                                    + " transcript is a text source already)");
                            continue;
                        }
                        skipIfAny(
                                t,
                                "TranscriptSelection",
                                "transcript of '" + name + "'",
                                "selection(s) by sync points");
                        String tName = Dom.attr(t, "name");
                        out.add(source(e, t, tName == null || tName.isBlank() ? name : tName));
                    }
                }
                default ->
                    skipped.add(kind + " '" + name + "' with " + Dom.children(e).size()
                            + " child element(s): Caravan imports text sources only");
            }
        }
        return out;
    }

    /** The name, else the text file's name (qc writes none), else the GUID. */
    private static String name(Element e) {
        String name = Dom.attr(e, "name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String path = Dom.attr(e, "plainTextPath");
        if (path != null && !path.isBlank()) {
            return path.substring(path.lastIndexOf('/') + 1);
        }
        return Dom.attr(e, "guid");
    }

    private void skipIfAny(Element e, String child, String what, String label) {
        int n = Dom.children(e, child).size();
        if (n > 0) {
            skipped.add(what + ": " + n + " " + label);
        }
    }

    /** {@code owner} carries identity, codings and variables; {@code textElement} the text and its selections. */
    private RefiProject.Source source(Element owner, Element textElement, String name) {
        String label = "source '" + name + "'";
        String text = text(textElement, label);
        List<RefiProject.Selection> selections = new ArrayList<>();
        for (Element s : Dom.children(textElement, "PlainTextSelection")) {
            String guid = Dom.guid(s, "guid");
            List<String> notes = new ArrayList<>(Dom.noteRefs(s));
            notes.addAll(linkedNotes.getOrDefault(guid, List.of()));
            selections.add(new RefiProject.Selection(
                    guid,
                    Dom.attr(s, "name"),
                    Dom.position(s, "startPosition"),
                    Dom.position(s, "endPosition"),
                    Dom.guid(s, "creatingUser"),
                    Dom.date(s, "creationDateTime"),
                    Dom.text(s, "Description"),
                    codings(s),
                    notes));
        }
        List<RefiProject.Coding> whole = new ArrayList<>(codings(owner));
        if (owner != textElement) {
            whole.addAll(codings(textElement));
        }
        String guid = Dom.guid(owner, "guid");
        List<String> notes = new ArrayList<>(Dom.noteRefs(owner));
        notes.addAll(linkedNotes.getOrDefault(guid, List.of()));
        return new RefiProject.Source(
                guid,
                name,
                text,
                Dom.text(owner, "Description"),
                Dom.guid(owner, "creatingUser"),
                Dom.date(owner, "creationDateTime"),
                selections,
                whole,
                notes,
                values(owner));
    }

    private static List<RefiProject.Coding> codings(Element parent) {
        List<RefiProject.Coding> out = new ArrayList<>();
        for (Element c : Dom.children(parent, "Coding")) {
            out.add(new RefiProject.Coding(
                    Dom.guid(c, "guid"),
                    Dom.guid(Dom.child(c, "CodeRef"), "targetGUID"),
                    Dom.guid(c, "creatingUser"),
                    Dom.date(c, "creationDateTime"),
                    Dom.noteRefs(c)));
        }
        return out;
    }

    static List<RefiProject.Value> values(Element owner) {
        List<RefiProject.Value> out = new ArrayList<>();
        for (Element v : Dom.children(owner, "VariableValue")) {
            String variable = Dom.guid(Dom.child(v, "VariableRef"), "targetGUID");
            String value = null;
            for (String kind : VALUE_ELEMENTS) {
                if (value == null) {
                    value = Dom.text(v, kind);
                }
            }
            out.add(new RefiProject.Value(variable, value));
        }
        return out;
    }

    /**
     * The plain text of a text source, note, representation or transcript: the .txt named by
     * plainTextPath (internal://, bare, in sources/ or at the root), else the inline
     * PlainTextContent. Null, with a skipped entry, when there is none.
     */
    String text(Element e, String label) {
        String path = Dom.attr(e, "plainTextPath");
        if (path != null && !path.isBlank()) {
            String p = path.strip();
            if (p.startsWith("relative:") || p.startsWith("absolute:")) {
                skipped.add(label + ": its text is an external file (" + p + "), not in the archive");
                return null;
            }
            String file = p.startsWith("internal://") ? p.substring("internal://".length()) : p;
            file = file.replaceFirst("^/+", "");
            ZipEntry entry = archive == null ? null : archive.source(file);
            if (entry == null) {
                skipped.add(label + ": its text file " + file + " is missing from the archive");
                return null;
            }
            return PlainText.decode(archive.read(entry), label, skipped);
        }
        String inline = Dom.text(e, "PlainTextContent");
        if (inline != null) {
            return inline;
        }
        if (Dom.attr(e, "richTextPath") != null) {
            skipped.add(label + ": only a rich-text file (" + Dom.attr(e, "richTextPath") + "), no plain text");
        }
        return null;
    }
}
