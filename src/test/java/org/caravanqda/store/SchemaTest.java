package org.caravanqda.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway creates the data model of DESIGN.md and records it; reopening does not migrate twice. */
class SchemaTest {
    @TempDir
    Path tmp;

    @Test
    void flywayCreatesTheDataModel() throws Exception {
        Path dir = tmp.resolve("p");
        new H2ProjectStores().create(dir, "p", "ru").close();
        new H2ProjectStores().open(dir).close();
        try (Connection c = DriverManager.getConnection(H2ProjectStores.url(dir), "caravan", "")) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
            assertThat(tables)
                    .contains(
                            "document",
                            "text_unit",
                            "code",
                            "coding",
                            "coder",
                            "memo",
                            "case_record",
                            "case_document",
                            "attribute",
                            "attribute_value",
                            "change_log",
                            "project",
                            "pseudonym",
                            "flyway_schema_history");
            try (ResultSet rs = c.createStatement()
                    .executeQuery(
                            "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" = '1'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }
}
