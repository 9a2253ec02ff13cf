package org.caravanqda.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.check.CheckService;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** caravan check finds what the schema cannot prevent: changed texts, lost units, codings past the text. */
class CheckFindsDamageTest {
    @TempDir
    Path tmp;

    @Test
    void aHealthyProjectIsOkAndDamageIsNamed() throws Exception {
        Path dir = tmp.resolve("demo");
        new DemoService(TestApp.app()).build(dir, Progress.NONE);
        try (Project p = TestApp.app().open(dir)) {
            CheckService.CheckReport r = p.check().run(Progress.NONE);
            assertThat(r.problems()).isEmpty();
            assertThat(r.ok()).isTrue();
        }
        try (Connection c = DriverManager.getConnection(H2ProjectStores.url(dir), "caravan", "")) {
            c.createStatement()
                    .execute(
                            "UPDATE document SET text = text || ' tampered' WHERE id = (SELECT MIN(id) FROM document)");
            c.createStatement().execute("DELETE FROM text_unit WHERE document_id = (SELECT MAX(id) FROM document)");
            c.createStatement().execute("UPDATE coding SET end_pos = 10000000 WHERE id = (SELECT MIN(id) FROM coding)");
        }
        try (Project p = TestApp.app().open(dir)) {
            CheckService.CheckReport r = p.check().run(Progress.NONE);
            assertThat(r.ok()).isFalse();
            assertThat(r.problems())
                    .anySatisfy(x -> assertThat(x).contains("does not match the hash stored at import"))
                    .anySatisfy(x -> assertThat(x).contains("holds text but no turns or paragraphs"))
                    .anySatisfy(x -> assertThat(x).contains("coding").contains("are out of range"));
        }
    }
}
