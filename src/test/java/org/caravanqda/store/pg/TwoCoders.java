package org.caravanqda.store.pg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.caravanqda.TestApp;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.Project;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.app.port.TeamMembers.Role;

/**
 * A server project on the JVM's embedded PostgreSQL for two coders (issue #20): one document and
 * the code "Silence", made by the superuser; Anna an owner, Timur a coder, each with a login of
 * their own and so a local folder of their own (under the cache folder {@link #useCache} set).
 */
public final class TwoCoders {
    /** The local folders that open the project as Anna and as Timur. */
    public record Folders(Path anna, Path timur) {}

    private TwoCoders() {}

    public static Folders project(Path tmp, String document, String text) throws Exception {
        EmbeddedServer server = EmbeddedServer.get();
        String db = server.freshDatabase();
        Caravan app = TestApp.app();
        try (Project owner = app.create(app.serverFolder(server.url(db)), "Exiles", "ru", null, false)) {
            Path file =
                    Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve(document), text);
            owner.imports().importFiles(List.of(file), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            owner.codebook().add(null, "Silence", "#e6194b", "postgres");
        }
        try (Connection admin = server.superuser(db)) {
            TeamAdmin members = new TeamAdmin(admin);
            members.add(db + "_anna", Role.OWNER, null, "Anna");
            members.add(db + "_timur", Role.CODER, null, "Timur");
        }
        return new Folders(
                app.serverFolder(server.url(db).replace("user=postgres", "user=" + db + "_anna")),
                app.serverFolder(server.url(db).replace("user=postgres", "user=" + db + "_timur")));
    }

    /** Server projects' local folders go under {@code dir} from now on; returns the setting it replaced. */
    public static String useCache(Path dir) {
        String old = System.getProperty("caravan.cache");
        System.setProperty("caravan.cache", dir.toString());
        return old;
    }

    /** Puts back what {@link #useCache} replaced. */
    public static void restoreCache(String old) {
        if (old == null) {
            System.clearProperty("caravan.cache");
        } else {
            System.setProperty("caravan.cache", old);
        }
    }
}
