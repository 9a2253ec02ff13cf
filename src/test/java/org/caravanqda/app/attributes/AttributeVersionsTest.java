package org.caravanqda.app.attributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.common.StaleEditException;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.caravanqda.model.AttributeType;
import org.caravanqda.model.Document;
import org.caravanqda.model.TextUnit;
import org.caravanqda.model.UnitKind;
import org.caravanqda.store.OneConnectionStore;
import org.caravanqda.store.StoreAccess;
import org.caravanqda.store.pg.PgTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attribute values carry optimistic versions like codes, codings and memos (issue #20, ADR 0026):
 * a set or clear naming the version its user saw is refused when someone else set, changed or
 * cleared the value since, with the value as it is now, and nothing changes. On H2 (two windows
 * of one project) and on PostgreSQL (two connections, as two coders' clients).
 */
class AttributeVersionsTest {
    private static final String DOC = "olga.txt";
    private static final String TEXT = "И: Почему вы уехали?\nР: Я не могла молчать.\n";

    @TempDir
    Path tmp;

    @Test
    void onH2() throws Exception {
        try (Project p = TestApp.newProject(tmp)) {
            Path a = Files.writeString(tmp.resolve(DOC), TEXT);
            p.imports().importFiles(List.of(a), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            p.attributes().define("city", AttributeType.TEXT, "lead");
            staleEditsAreRefused(p.attributes(), p.attributes());
        }
    }

    @Test
    void onPostgreSqlFromTwoConnections() throws Exception {
        String db = PgTestServer.newProject("attrs");
        try (OneConnectionStore s1 = new OneConnectionStore(PgTestServer.connect(db, PgTestServer.SUPERUSER));
                OneConnectionStore s2 = new OneConnectionStore(PgTestServer.connect(db, PgTestServer.SUPERUSER))) {
            s1.write(s -> {
                StoreAccess.insertProjectRow(StoreAccess.connection(s), "Exiles", "ru");
                Document d = new Document(
                        0, UUID.randomUUID().toString(), DOC, "ru", TEXT, "h", 7, Instant.now(), DOC, null);
                return s.documents()
                        .insert(d, List.of(new TextUnit(0, UnitKind.PARAGRAPH, "И", 0, TEXT.length(), null)));
            });
            AttributeService window1 = new AttributeService(s1, null);
            AttributeService window2 = new AttributeService(s2, null);
            window1.define("city", AttributeType.TEXT, "lead");
            staleEditsAreRefused(window1, window2);
        }
    }

    /** {@code anna} and {@code lead} edit one document's city, each naming the version they saw. */
    private static void staleEditsAreRefused(AttributeService anna, AttributeService lead) {
        assertThat(version(anna)).as("no value yet").isZero();
        long v1 = lead.set(DOC, "city", "Almaty", "lead", 0L).version();
        assertThat(v1).isPositive().isEqualTo(version(lead));

        // anna saw no value: someone set one meanwhile
        assertThatThrownBy(() -> anna.set(DOC, "city", "Bishkek", "anna", 0L))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("city of " + DOC + " was changed by someone else")
                .hasMessageContaining("Almaty")
                .satisfies(e -> assertThat(((StaleEditException) e).latest()).isEqualTo("Almaty"));
        assertThat(value(anna)).isEqualTo("Almaty");

        // she looks again and sets it at the version she now sees
        AttributeService.Edit mine = anna.set(DOC, "city", "Bishkek", "anna", version(anna));
        assertThat(mine.before()).isEqualTo("Almaty");
        long v2 = mine.version();
        assertThat(v2).isGreaterThan(v1);

        // the lead clears it naming the version before hers: refused, her value stays
        assertThatThrownBy(() -> lead.set(DOC, "city", "", "lead", v1))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("you saw version " + v1)
                .hasMessageContaining("Bishkek")
                .hasMessageContaining("nothing was changed");
        assertThat(value(lead)).isEqualTo("Bishkek");

        // cleared at the version she left: then her edit of the value she saw finds it gone
        assertThat(lead.set(DOC, "city", "", "lead", v2).version()).isZero();
        assertThatThrownBy(() -> anna.set(DOC, "city", "Astana", "anna", v2))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("removed by someone else");
        assertThat(value(anna)).isEmpty();

        // an edit naming no version is applied as before
        assertThat(anna.set(DOC, "city", "Astana", "anna").after()).isEqualTo("Astana");
        assertThat(value(lead)).isEqualTo("Astana");
    }

    private static AttributeService.Row row(AttributeService s) {
        return s.sheet().rows().stream()
                .filter(r -> r.document().equals(DOC))
                .findFirst()
                .orElseThrow();
    }

    private static long version(AttributeService s) {
        return row(s).version("city");
    }

    private static String value(AttributeService s) {
        return AttributeValues.text(row(s).values().get("city"));
    }
}
