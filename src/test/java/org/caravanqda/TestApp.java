package org.caravanqda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.search.SearchScope;

/** Projects for tests: the real application, wired as Main wires it, in a temporary folder. */
public final class TestApp {
    private TestApp() {}

    public static Caravan app() {
        return Main.application();
    }

    /** The application with another desktop (what `caravan gui` opens), and stores for folders and servers. */
    public static Caravan withDesktop(org.caravanqda.app.port.Desktop desktop) {
        return new Caravan(new org.caravanqda.app.Adapters(
                new org.caravanqda.store.pg.FolderOrServerStores(new org.caravanqda.store.H2ProjectStores(), null),
                new org.caravanqda.search.LuceneSearchIndexes(),
                org.caravanqda.io.text.Readers.all(),
                org.caravanqda.io.codebook.CodebookFormats.all(),
                new org.caravanqda.io.table.CsvTableReader(),
                new org.caravanqda.io.codebook.BundledCodebook(),
                Main.application().exporters(),
                new org.caravanqda.io.refi.RefiQdpxFormat(),
                desktop));
    }

    public static Project newProject(Path dir) {
        return app().create(dir.resolve("project"), "test", "ru", null, false);
    }

    /** The demo project (9 interviews, 90 codings) in {@code dir}, searched once and closed: its index and mark are at the store's generation. */
    public static Path searchedDemo(Path dir) {
        new DemoService(app()).build(dir, Progress.NONE);
        try (Project p = app().open(dir)) {
            if (p.search()
                            .search("code:\"Economic push\"", SearchScope.SEGMENTS, 10, false)
                            .total()
                    == 0) {
                throw new IllegalStateException("the demo project's search found nothing");
            }
        }
        return dir;
    }

    /** A copy of the folder {@code from} (a project) at {@code to}, file by file. */
    public static Path copyOf(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
