package org.caravanqda.io.refi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.refi.RefiProject;
import org.caravanqda.io.codebook.RefiXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A parsed project.qde to a {@link RefiProject}, leniently (GUIDE.md section 7): local names,
 * any GUID shape, missing users and dates, memos as Notes with NoteRefs or Links. Whatever has
 * no Caravan counterpart (pictures, media, sets, graphs, ...) is named in {@code skipped}.
 */
final class QdeReader {
    private final QdpxArchive archive;
    private final List<String> skipped = new ArrayList<>();
    private final Map<String, List<String>> linkedNotes = new HashMap<>();

    private QdeReader(QdpxArchive archive) {
        this.archive = archive;
    }

    static RefiProject read(Document doc, QdpxArchive archive, String what) {
        Element root = doc.getDocumentElement();
        if (!"Project".equals(Dom.localName(root))) {
            throw new CaravanException("Refused " + what + ": not a REFI-QDA project (root element <"
                    + Dom.localName(root) + ">, expected <Project>); nothing was imported");
        }
        return new QdeReader(archive).project(root, doc, what);
    }

    private RefiProject project(Element root, Document doc, String what) {
        List<RefiProject.User> users = new ArrayList<>();
        for (Element u : Dom.children(Dom.child(root, "Users"), "User")) {
            users.add(new RefiProject.User(Dom.guid(u, "guid"), Dom.attr(u, "name")));
        }
        Map<String, List<String>> codeNotes = new LinkedHashMap<>();
        Element codebook = Dom.child(root, "CodeBook");
        if (codebook != null) {
            collectCodeNotes(Dom.child(codebook, "Codes"), codeNotes);
        }
        List<RefiProject.Variable> variables = new ArrayList<>();
        for (Element v : Dom.children(Dom.child(root, "Variables"), "Variable")) {
            variables.add(
                    new RefiProject.Variable(Dom.guid(v, "guid"), Dom.attr(v, "name"), Dom.attr(v, "typeOfVariable")));
        }
        List<RefiProject.Note> notes = new ArrayList<>();
        QdeSources sources = new QdeSources(archive, skipped);
        for (Element n : Dom.children(Dom.child(root, "Notes"), "Note")) {
            String text = sources.text(n, "note '" + Dom.attr(n, "name") + "'");
            notes.add(new RefiProject.Note(
                    Dom.guid(n, "guid"),
                    Dom.attr(n, "name"),
                    text,
                    Dom.guid(n, "creatingUser"),
                    Dom.date(n, "creationDateTime")));
        }
        links(Dom.child(root, "Links"), notes);
        sources.setLinkedNotes(linkedNotes);
        List<RefiProject.Source> read = sources.read(Dom.child(root, "Sources"));
        List<RefiProject.Case> cases = cases(Dom.child(root, "Cases"));
        for (Element set : Dom.children(Dom.child(root, "Sets"), "Set")) {
            skipped.add("set '" + Dom.attr(set, "name") + "' ("
                    + Dom.children(set).size() + " element(s)): Caravan has no sets");
        }
        for (Element g : Dom.children(Dom.child(root, "Graphs"), "Graph")) {
            skipped.add("graph '" + Dom.attr(g, "name") + "': Caravan has no graphs");
        }
        List<String> projectNotes = new ArrayList<>(Dom.noteRefs(root));
        String description = Dom.text(root, "Description");
        if (description != null && !description.isBlank()) {
            String guid = java.util.UUID.randomUUID().toString();
            notes.add(new RefiProject.Note(guid, "project description", description, null, null));
            projectNotes.add(guid);
        }
        return new RefiProject(
                nonBlank(Dom.attr(root, "name"), what),
                Dom.attr(root, "origin"),
                Dom.guid(root, "creatingUserGUID"),
                users,
                RefiXml.codes(doc, what),
                codeNotes,
                variables,
                cases,
                read,
                notes,
                projectNotes,
                skipped);
    }

    private static void collectCodeNotes(Element parent, Map<String, List<String>> out) {
        for (Element c : Dom.children(parent, "Code")) {
            List<String> refs = Dom.noteRefs(c);
            String guid = Dom.guid(c, "guid");
            if (!refs.isEmpty() && guid != null) {
                out.put(guid, refs);
            }
            collectCodeNotes(c, out);
        }
    }

    /** NVivo joins annotations to selections by Links from a Note; they become NoteRefs of the other end. */
    private void links(Element links, List<RefiProject.Note> notes) {
        java.util.Set<String> noteGuids = new java.util.HashSet<>();
        notes.forEach(n -> noteGuids.add(n.guid()));
        for (Element l : Dom.children(links, "Link")) {
            String from = Dom.guid(l, "originGUID");
            String to = Dom.guid(l, "targetGUID");
            if (from != null && noteGuids.contains(from) && to != null) {
                linkedNotes.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
            } else if (to != null && noteGuids.contains(to) && from != null) {
                linkedNotes.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
            } else {
                skipped.add("link '" + Dom.attr(l, "name") + "' (" + from + " -> " + to
                        + "): Caravan keeps links only between a note and what it annotates");
            }
        }
    }

    private List<RefiProject.Case> cases(Element cases) {
        List<RefiProject.Case> out = new ArrayList<>();
        for (Element c : Dom.children(cases, "Case")) {
            String name = Dom.attr(c, "name");
            List<String> sources = Dom.children(c, "SourceRef").stream()
                    .map(e -> Dom.guid(e, "targetGUID"))
                    .filter(g -> g != null)
                    .toList();
            int selections = Dom.children(c, "SelectionRef").size();
            if (selections > 0) {
                skipped.add("case '" + name + "': " + selections
                        + " selection reference(s); Caravan cases group whole documents");
            }
            int codes = Dom.children(c, "CodeRef").size();
            if (codes > 0) {
                skipped.add("case '" + name + "': " + codes + " code reference(s)");
            }
            out.add(new RefiProject.Case(
                    Dom.guid(c, "guid"), name, Dom.text(c, "Description"), sources, QdeSources.values(c)));
        }
        return out;
    }

    private static String nonBlank(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
