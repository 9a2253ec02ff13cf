package org.caravanqda.app.imports;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.caravanqda.analysis.LanguageGuess;
import org.caravanqda.analysis.Sentences;
import org.caravanqda.analysis.WordCount;
import org.caravanqda.app.access.Changes;
import org.caravanqda.app.access.Coders;
import org.caravanqda.app.attributes.AttributeService;
import org.caravanqda.app.attributes.AttributeTable;
import org.caravanqda.app.common.AfterCommit;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.DocumentReader;
import org.caravanqda.app.port.NoTextException;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.app.port.ReadOptions;
import org.caravanqda.app.port.StoreSession;
import org.caravanqda.app.search.ImportFeed;
import org.caravanqda.app.search.IndexSync;
import org.caravanqda.app.search.IndexedDocument;
import org.caravanqda.model.ChangeAction;
import org.caravanqda.model.Document;
import org.caravanqda.model.TextUnit;

/**
 * Imports transcripts. The whole import is one transaction: a file that cannot be read stops
 * it, names the file and why, and leaves the project as it was.
 */
public final class ImportService {
    private final ProjectStore store;
    private final Map<String, DocumentReader> readers = new LinkedHashMap<>();
    private final AttributeService attributes;

    private final Supplier<IndexSync> index;

    /** {@code index}: the search index's sync, fed the documents while they are stored. */
    public ImportService(
            ProjectStore store, List<DocumentReader> readers, AttributeService attributes, Supplier<IndexSync> index) {
        this.store = store;
        this.index = index;
        readers.forEach(r -> r.extensions().forEach(e -> this.readers.put(e, r)));
        this.attributes = attributes;
    }

    public ImportReport importFiles(List<Path> paths, ImportOptions options, Progress progress, Cancellation cancel) {
        ImportOptions.checkLanguage(options.language());
        List<String> skipped = new ArrayList<>();
        List<ImportFiles.Item> items = ImportFiles.expand(paths, readers, skipped);
        String coder = Coders.nameOrDefault(options.coder());
        AttributeTable table = options.attributes() == null ? null : attributes.parse(options.attributes());
        // storing (this thread) and analysing for the index (the feed's threads) run side by side
        ImportFeed feed = index.get().feed(progress);
        long[] generation = new long[1];
        List<Long> attributed = new ArrayList<>();
        Set<Long> imported = new HashSet<>();
        ImportReport report;
        try {
            report = store.write(s -> {
                String fallback = s.project().language();
                Set<String> names = new HashSet<>(s.documents().names());
                List<ImportReport.Imported> done = new ArrayList<>();
                // files are read a few ahead of the one being stored; an unreadable one rolls the import back
                try (ParallelReads<ParsedDocument> reads = ParallelReads.start(
                        items.size(),
                        i -> read(
                                items.get(i),
                                "file " + (i + 1) + " of " + items.size() + " ("
                                        + items.get(i).file() + ")",
                                options.read()),
                        cancel)) {
                    for (int i = 0; i < items.size(); i++) {
                        cancel.check();
                        ImportFiles.Item item = items.get(i);
                        progress.update("importing " + item.file().getFileName(), i, items.size());
                        String name = item.name();
                        String where = "file " + (i + 1) + " of " + items.size() + " (" + item.file() + ")";
                        ParsedDocument parsed = reads.take();
                        if (!names.add(name)) {
                            throw new CaravanException(where + ": a document named '" + name
                                    + "' is already in the project; nothing was imported");
                        }
                        if (parsed == null) {
                            names.remove(name);
                            skipped.add(item.file() + ": no text to code");
                            continue;
                        }
                        String language = options.language() != null
                                ? options.language()
                                : LanguageGuess.guess(parsed.text(), fallback);
                        Stored stored = insert(s, name, item.file(), parsed, language, coder);
                        imported.add(stored.id());
                        feed.stored(IndexedDocument.fresh(
                                stored.id(),
                                name,
                                language,
                                parsed.text(),
                                parsed.units(),
                                table == null ? Map.of() : table.valuesFor(name)));
                        done.add(stored.imported());
                    }
                }
                if (done.isEmpty()) {
                    throw new CaravanException("nothing to import: no file with text in " + paths);
                }
                feed.allStored();
                progress.update("imported", items.size(), items.size());
                int values = 0;
                if (table != null) {
                    AttributeService.Applied applied = attributes.apply(s, table, coder);
                    values = applied.values();
                    attributed.addAll(applied.documents());
                }
                generation[0] = s.changeLog().generation();
                return new ImportReport(done, skipped, values, List.of());
            });
        } catch (RuntimeException | Error e) {
            try {
                feed.close(); // takes the documents it was fed back out of the index
            } catch (RuntimeException | Error also) {
                e.addSuppressed(also);
            }
            throw e;
        }
        // committed: what follows only brings the derived index up, and cannot undo the import
        attributed.removeAll(imported);
        String warning = AfterCommit.run(
                store.directory(),
                "the " + report.documents().size() + " documents are imported and saved",
                "bringing the search index up to date",
                "the next search, or caravan check, does it",
                () -> {
                    try (feed) {
                        feed.committed(generation[0], attributed);
                    }
                });
        return warning == null ? report : report.withWarning(warning);
    }

    /**
     * Reads one file as an import would (its reader by extension, encodings, speakers) and checks
     * the reader's promises, without touching the project: the new text of a corrected transcript
     * (issue 21). A file that cannot be read is one {@link CaravanException} naming it.
     */
    public ParsedDocument readOne(Path file, ReadOptions options) {
        if (java.nio.file.Files.isDirectory(file)) {
            throw new CaravanException(file + ": name one transcript file, not a folder; nothing changed");
        }
        List<ImportFiles.Item> items = ImportFiles.expand(List.of(file), readers, new ArrayList<>());
        return read(items.get(0), file.toString(), options, "; nothing changed");
    }

    /**
     * Text typed or pasted (the window's edit mode) with the units a plain-text import finds in it:
     * speaker turns or paragraphs. NFC-normalized; refused when blank.
     */
    public ParsedDocument parseText(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        DocumentReader txt = readers.get("txt");
        if (txt == null || nfc.isBlank()) {
            throw new CaravanException("the text is empty: a transcript needs some text");
        }
        ParsedDocument parsed = txt.parse(nfc);
        String problem = parsed == null ? "no reader for plain text" : problem(parsed);
        if (problem != null) {
            throw new CaravanException(problem);
        }
        return parsed;
    }

    /** Null for an empty file found in a folder: a page with only front matter is no transcript, and no error. */
    private static ParsedDocument read(ImportFiles.Item item, String where, ReadOptions options) {
        return read(item, where, options, "; nothing was imported");
    }

    private static ParsedDocument read(ImportFiles.Item item, String where, ReadOptions options, String nothing) {
        ParsedDocument parsed;
        try {
            parsed = item.reader().read(item.file(), options);
        } catch (NoTextException e) {
            if (item.walked()) {
                return null;
            }
            throw new CaravanException(where + ": " + e.getMessage() + nothing, e);
        } catch (CaravanException e) {
            throw new CaravanException(where + ": " + e.getMessage() + nothing, e);
        } catch (RuntimeException e) {
            throw new CaravanException(where + ": cannot be read (" + e + ")" + nothing, e);
        }
        String problem = problem(parsed);
        if (problem != null) {
            throw new CaravanException(where + ": " + problem + nothing);
        }
        return parsed;
    }

    /**
     * The most turns or paragraphs one document may have. Each becomes a row in the store and an
     * entry in the search index within the import's one transaction: a transcript of 1,000,000
     * tiny turns ran a default launcher's 512 MB heap out of memory (issue #22); 200,000 import
     * in it (docs/performance.md). Real interviews have a few hundred to a few thousand.
     */
    public static final int MAX_UNITS = 200_000;

    /** Readers promise these; a broken promise must not reach the store. */
    static String problem(ParsedDocument d) {
        if (d.text().isBlank()) {
            return "the file holds no text";
        }
        if (d.units().size() > MAX_UNITS) {
            return "it has " + d.units().size() + " turns or paragraphs; the limit is " + MAX_UNITS
                    + " per document (split it into several files)";
        }
        if (!Normalizer.isNormalized(d.text(), Normalizer.Form.NFC)) {
            return "reader returned text that is not NFC-normalized";
        }
        int last = 0;
        for (TextUnit u : d.units()) {
            if (u.start() < last || u.end() > d.text().length()) {
                return "reader returned overlapping or out-of-range units";
            }
            last = u.end();
        }
        return null;
    }

    private record Stored(long id, ImportReport.Imported imported) {}

    private static Stored insert(
            StoreSession s, String name, Path file, ParsedDocument parsed, String language, String coder) {
        String text = parsed.text();
        int words = WordCount.of(text);
        Document d = new Document(
                0,
                UUID.randomUUID().toString(),
                name,
                language,
                text,
                sha256(text),
                words,
                Instant.now(),
                file.toAbsolutePath().getFileName().toString(),
                null);
        long id = s.documents().insert(d, parsed.units());
        List<String> speakers = parsed.units().stream()
                .map(TextUnit::speaker)
                .filter(x -> x != null)
                .distinct()
                .sorted()
                .toList();
        Changes.record(
                s,
                coder,
                ChangeAction.DOCUMENT_IMPORT,
                Map.of("document", id, "name", name, "characters", text.length()));
        List<String> warnings = new ArrayList<>();
        if (Sentences.unpunctuated(text)) {
            warnings.add("the text has next to no punctuation (speech recognition?): sentence units are its lines,"
                    + " cut into pieces of at most " + Sentences.MAX_LENGTH + " characters");
        }
        return new Stored(
                id,
                new ImportReport.Imported(name, language, words, parsed.units().size(), speakers, warnings));
    }

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
