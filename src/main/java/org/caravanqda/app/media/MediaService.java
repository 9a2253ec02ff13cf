package org.caravanqda.app.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caravanqda.app.access.Changes;
import org.caravanqda.app.access.Coders;
import org.caravanqda.app.access.DocumentLookup;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.DocumentSummary;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.Document;
import org.caravanqda.model.MediaLink;
import org.caravanqda.util.AtomicFiles;
import org.caravanqda.util.PrivateFiles;

/**
 * Documents' recordings (issue #21): attach an audio or video file to a document (linked where it
 * is, its path kept relative to the project folder when it lies inside it, or copied into the
 * project's {@value #FOLDER} folder), list and detach them, and find a document's file for the
 * player. A recording is only read, never changed; a stored path that leaves the project folder
 * is never opened.
 */
public final class MediaService {
    /** The project folder's subfolder that copied recordings go to. */
    public static final String FOLDER = "media";

    private final ProjectStore store;

    public MediaService(ProjectStore store) {
        this.store = store;
    }

    private Path root() {
        return store.directory().toAbsolutePath().normalize();
    }

    /**
     * Attaches {@code file} to the document (replacing a recording it had). With {@code copy} the
     * file is copied into the project's media folder first (a link is refused, not followed); a file
     * already inside the project is never copied. Nothing changes when the file is refused.
     */
    public MediaEntry attach(String document, Path file, boolean copy, String coder) {
        Document doc = store.read(s -> DocumentLookup.find(s, document));
        Path given = file.toAbsolutePath().normalize();
        MediaFormat format = check(given, copy);
        String inside = inProject(given);
        Path copied = null;
        String stored = inside;
        if (stored == null) {
            if (copy) {
                copied = copyIn(given);
                stored = root().relativize(copied).toString().replace('\\', '/');
            } else {
                stored = given.toString();
            }
        }
        MediaLink link = new MediaLink(doc.id(), stored, format.kind(), copied != null, Instant.now());
        try {
            store.write(s -> {
                Document d = s.documents()
                        .byId(doc.id())
                        .orElseThrow(() -> new CaravanException("document '" + document + "' is no longer there"));
                s.media().put(link);
                record(s, coder, ChangeAction.MEDIA_ATTACH, d.id(), link);
                return null;
            });
        } catch (RuntimeException e) {
            if (copied != null) {
                AtomicFiles.deleteQuietly(copied);
            }
            throw e;
        }
        return entry(doc.name(), link);
    }

    /** Removes the document's recording link; a copy in the media folder stays. Returns the link removed. */
    public MediaEntry detach(String document, String coder) {
        return store.write(s -> {
            Document d = DocumentLookup.find(s, document);
            MediaLink link = s.media()
                    .of(d.id())
                    .orElseThrow(() -> new CaravanException("document '" + d.name() + "' has no recording attached"));
            s.media().remove(d.id());
            record(s, coder, ChangeAction.MEDIA_DETACH, d.id(), link);
            return entry(d.name(), link);
        });
    }

    /** Every document's recording, by document name. */
    public List<MediaEntry> list() {
        return store.read(s -> {
            Map<Long, String> names = new LinkedHashMap<>();
            for (DocumentSummary d : s.documents().summaries()) {
                names.put(d.id(), d.name());
            }
            List<MediaEntry> out = new ArrayList<>();
            for (MediaLink l : s.media().all()) {
                out.add(entry(names.getOrDefault(l.documentId(), "#" + l.documentId()), l));
            }
            out.sort(java.util.Comparator.comparing(MediaEntry::document));
            return out;
        });
    }

    /** The document's recording, if one is attached. */
    public Optional<MediaEntry> of(String document) {
        return store.read(s -> {
            Document d = DocumentLookup.find(s, document);
            return s.media().of(d.id()).map(l -> entry(d.name(), l));
        });
    }

    /** The recording's file on this machine and whether it is there; a relative path must stay in the project. */
    MediaEntry entry(String document, MediaLink link) {
        Path root = root();
        Path stored;
        try {
            stored = Path.of(link.path());
        } catch (java.nio.file.InvalidPathException e) {
            return new MediaEntry(document, link, null, MediaEntry.Status.MISSING);
        }
        Path file =
                stored.isAbsolute() ? stored.normalize() : root.resolve(stored).normalize();
        if (!stored.isAbsolute() && (!file.startsWith(root) || file.equals(root))) {
            return new MediaEntry(document, link, null, MediaEntry.Status.OUTSIDE);
        }
        return new MediaEntry(
                document, link, file, Files.isRegularFile(file) ? MediaEntry.Status.FOUND : MediaEntry.Status.MISSING);
    }

    /** The file's format once it is an existing, non-empty recording (a link only when not copying). */
    private static MediaFormat check(Path file, boolean copy) {
        if (copy && Files.isSymbolicLink(file)) {
            throw new CaravanException(file + " is a symbolic link; Caravan copies only real files into a project"
                    + " (attach the file it points at, or attach without --copy)");
        }
        if (!Files.exists(file)) {
            throw new CaravanException(file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new CaravanException(file + " is not a file");
        }
        try {
            Path real = file.toRealPath();
            if (Files.size(real) == 0) {
                throw new CaravanException(file + " is empty");
            }
            try {
                return MediaFormat.of(real);
            } catch (IllegalArgumentException e) {
                throw new CaravanException(file.getFileName() + " " + e.getMessage());
            }
        } catch (IOException e) {
            throw new CaravanException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The path to store when {@code file} lies in the project folder ('/' separated, relative), else null. */
    private String inProject(Path file) {
        Path root = root();
        Path relative = null;
        if (file.startsWith(root) && !file.equals(root)) {
            relative = root.relativize(file);
        } else {
            try {
                Path realRoot = root.toRealPath();
                Path real = file.toRealPath();
                if (real.startsWith(realRoot) && !real.equals(realRoot)) {
                    relative = realRoot.relativize(real);
                }
            } catch (IOException e) {
                return null;
            }
        }
        return relative == null ? null : relative.toString().replace('\\', '/');
    }

    /** Copies the file into media/ under a free name (never through a link), owner-only; returns the copy. */
    private Path copyIn(Path file) {
        Path root = root();
        try {
            Path folder = PrivateFiles.folderIn(root, root.resolve(FOLDER));
            Path target = freeName(folder, safeName(String.valueOf(file.getFileName())));
            AtomicFiles.to(target).synced().write(tmp -> {
                try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                return null;
            });
            PrivateFiles.ownerOnly(target);
            return target;
        } catch (FileSystemException e) {
            throw new CaravanException(
                    e.getReason() != null ? e.getReason() : "cannot copy " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CaravanException("cannot copy " + file + " into the project: " + e.getMessage(), e);
        }
    }

    /** A file name without separators, controls or a leading dot (hidden files are Caravan's temporaries). */
    static String safeName(String name) {
        String s = name.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_").strip();
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        return s.isEmpty() ? "recording" : s;
    }

    private static Path freeName(Path folder, String name) {
        int dot = name.lastIndexOf('.');
        String base = dot <= 0 ? name : name.substring(0, dot);
        String ext = dot <= 0 ? "" : name.substring(dot);
        Path p = folder.resolve(name);
        for (int i = 2; Files.exists(p, LinkOption.NOFOLLOW_LINKS); i++) {
            p = folder.resolve(base + "-" + i + ext);
        }
        return p;
    }

    private static void record(StoreSession s, String coder, ChangeAction action, long documentId, MediaLink l) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("document", documentId);
        payload.put("kind", l.kind().name().toLowerCase(java.util.Locale.ROOT));
        payload.put("copied", l.copied());
        Changes.record(s, Coders.ensure(s, Coders.nameOrDefault(coder)), action, payload);
    }
}
