package org.caravanqda.store.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.DocumentSummary;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.model.Document;
import org.caravanqda.model.TextUnit;
import org.caravanqda.model.UnitKind;
import org.caravanqda.store.H2ProjectStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL adapter on an embedded server with TLS (verify-full against the test CA): offsets
 * in UTF-16 units on both engines, NUL refused by name, time zones kept, an empty database only for
 * a new project, and every weaker or broken TLS refused with one line.
 */
class PgStoreTest {
    /** Cyrillic, an emoji (2 UTF-16 units, 1 code point, 4 UTF-8 bytes), a skin-tone sequence (4 units). */
    static final String TEXT = "Привет 😀 мир! Как дела? 👋🏽 Всё хорошо, спасибо. Конец.";

    @TempDir
    Path tmp;

    private final EmbeddedServer server = EmbeddedServer.get();

    private ProjectStore newServerProject(String name) {
        ServerAddress a = server.address(server.freshDatabase());
        return new PgProjectStores(null).create(new ServerFolders(tmp.resolve("cache")).folderFor(a), a, name, "ru");
    }

    private static long insert(ProjectStore s, String text) {
        Document d = new Document(
                0, UUID.randomUUID().toString(), "doc.txt", "ru", text, "hash", 7, Instant.now(), "doc.txt", null);
        List<TextUnit> units = List.of(new TextUnit(0, UnitKind.PARAGRAPH, "Анна", 0, text.length(), null));
        return s.write(x -> x.documents().insert(d, units));
    }

    @Test
    void offsetsAreUtf16UnitsOnBothEnginesAndTheTextComesBackWhole() {
        try (ProjectStore pg = newServerProject("offsets");
                ProjectStore h2 = new H2ProjectStores().create(tmp.resolve("h2"), "offsets", "ru")) {
            for (ProjectStore s : List.of(h2, pg)) {
                long id = insert(s, TEXT);
                DocumentSummary sum = s.read(x -> x.documents().summaries()).get(0);
                assertThat(sum.length())
                        .as("UTF-16 length")
                        .isEqualTo(TEXT.length())
                        .isEqualTo(57);
                assertThat(TEXT.codePointCount(0, TEXT.length())).isEqualTo(54); // what SQL LENGTH says on PostgreSQL
                assertThat(sum.speakers()).containsExactly("Анна");
                assertThat(s.read(x -> x.documents().byId(id)).orElseThrow().text())
                        .isEqualTo(TEXT);
                List<TextUnit> units = s.read(x -> x.documents().units(id));
                assertThat(units.get(0).end()).isEqualTo(TEXT.length());
            }
        }
    }

    @Test
    void nulIsRefusedWithOneLineAndNothingIsStored() {
        try (ProjectStore pg = newServerProject("nul")) {
            assertThatThrownBy(() -> insert(pg, "before\u0000after"))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("U+0000")
                    .hasMessageContaining("nothing was changed");
            assertThat(pg.<Long>read(x -> (long) x.documents().summaries().size()))
                    .isZero();
        }
    }

    @Test
    void timesKeepTheirInstantAndANewProjectNeedsAnEmptyDatabase() {
        ServerAddress a = server.address(server.freshDatabase());
        Path dir = new ServerFolders(tmp.resolve("cache")).folderFor(a);
        PgProjectStores stores = new PgProjectStores(null);
        Instant before = Instant.now().minusSeconds(1);
        try (ProjectStore s = stores.create(dir, a, "Team", "kk")) {
            assertThat(s.<Instant>read(x -> x.project().createdAt()))
                    .isAfter(before)
                    .isBefore(Instant.now().plusSeconds(1));
        }
        assertThatThrownBy(() -> stores.create(dir, a, "Again", "ru"))
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("is not empty");
        try (ProjectStore s = stores.open(dir, a)) {
            assertThat(s.<String>read(x -> x.project().name())).isEqualTo("Team");
            assertThat(s.directory()).isEqualTo(dir);
        }
        ServerAddress empty = server.address(server.freshDatabase());
        assertThatThrownBy(() -> stores.open(new ServerFolders(tmp.resolve("cache")).folderFor(empty), empty))
                .hasMessageContaining("holds no Caravan project");
    }

    @Test
    void weakerTlsModesAndPasswordsInTheAddressAreRefused() {
        for (String mode : List.of("disable", "allow", "prefer", "require", "verify-ca")) {
            assertThatThrownBy(() -> ServerAddress.parse("postgresql://db.example.org/team?sslmode=" + mode))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("sslmode=" + mode + " is refused");
        }
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://anna:s3cret@db.example.org/team"))
                .hasMessageContaining("a password never goes in the address")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> ServerAddress.parse("jdbc:postgresql://db.example.org/team?password=s3cret"))
                .hasMessageNotContaining("s3cret");
        ServerAddress a = ServerAddress.parse("jdbc:postgresql://anna@db.example.org:6543/team?sslmode=verify-full");
        assertThat(a.host()).isEqualTo("db.example.org");
        assertThat(a.port()).isEqualTo(6543);
        assertThat(a.user()).isEqualTo("anna");
        assertThat(a.properties().getProperty("sslmode")).isEqualTo("verify-full");
        assertThat(ServerAddress.parse("postgresql://h/db", "bob", "os").user()).isEqualTo("bob");
        assertThat(ServerAddress.parse("postgresql://h/db", null, "os").user()).isEqualTo("os");
    }

    @Test
    void aCertificateForAnotherHostOrFromAnUnknownCaIsRefused() {
        String db = server.freshDatabase();
        ServerAddress good = server.address(db);
        // the certificate names localhost, not 127.0.0.1: verify-full checks the name
        ServerAddress byIp = new ServerAddress("127.0.0.1", good.port(), db, "postgres", good.options());
        assertThatThrownBy(() -> new PgConnections(byIp, null).take())
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("not for the host 127.0.0.1");
        // a CA that did not sign the server's certificate
        ServerAddress unknownCa = new ServerAddress(
                "localhost",
                good.port(),
                db,
                "postgres",
                java.util.Map.of(
                        "sslrootcert", server.tls.resolve("other-ca.crt").toString()));
        assertThatThrownBy(() -> new PgConnections(unknownCa, null).take())
                .isInstanceOf(CaravanException.class)
                .hasMessageContaining("certificate is not trusted");
    }

    @Test
    void aServerWithoutTlsIsRefusedWithAClearMessage() throws Exception {
        EmbeddedServer plain = EmbeddedServer.withoutTls();
        try {
            ServerAddress a = new ServerAddress(
                    "localhost",
                    plain.pg.getPort(),
                    "postgres",
                    "postgres",
                    java.util.Map.of("sslrootcert", server.tls.resolve("ca.crt").toString()));
            assertThatThrownBy(() -> new PgConnections(a, null).take())
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("does not offer TLS");
        } finally {
            plain.pg.close();
        }
    }
}
