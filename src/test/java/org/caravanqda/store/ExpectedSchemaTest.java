package org.caravanqda.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.h2.engine.DbObject;
import org.junit.jupiter.api.Test;

/**
 * What a project's database may hold (issue #22) is what Caravan's migrations make: for speed it
 * is kept in db/schema-records.txt, and this test makes it again from the migrations (a clean
 * database migrated to each version) and fails when the file differs, so a new or changed
 * migration cannot be forgotten. {@code -Dcaravan.schema.write=true} rewrites the file.
 */
class ExpectedSchemaTest {
    private static final Path SOURCE = Path.of("src/main/resources", Migrations.RECORDED);

    @Test
    void theRecordedSchemaIsWhatTheMigrationsMake() throws Exception {
        Map<String, Map<String, Integer>> made = Migrations.madeNow(Migrations.MAIN);
        String text = Migrations.render(made);
        if (Boolean.getBoolean("caravan.schema.write")) {
            Files.writeString(SOURCE, text, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SOURCE, StandardCharsets.UTF_8))
                .as(SOURCE + " is out of date (a migration was added or changed, or H2 writes its records"
                        + " differently): regenerate it with mvn -o test -Dtest=ExpectedSchemaTest"
                        + " -Dcaravan.schema.write=true, and keep what older projects hold accepted")
                .isEqualTo(text);
        assertThat(Migrations.parse(text)).isEqualTo(made);
        assertThat(Migrations.at(Migrations.MAIN).versions()).containsExactlyElementsOf(made.keySet());
        // a command parses only the version it checks, from the file: each version as the migrations make it
        made.forEach(
                (version, records) -> assertThat(Migrations.at(Migrations.MAIN).expectedRecords(version))
                        .as("version " + version)
                        .isEqualTo(records));
    }

    @Test
    void everyVersionHoldsOnlyTablesIndexesConstraintsSequencesTheUserAndTheBuild() {
        for (Map<String, Integer> records : Migrations.madeNow(Migrations.MAIN).values()) {
            assertThat(records.values())
                    .allMatch(t -> t == DbObject.TABLE_OR_VIEW
                            || t == DbObject.INDEX
                            || t == DbObject.CONSTRAINT
                            || t == DbObject.SEQUENCE
                            || t == DbObject.USER
                            || t == DbObject.SETTING);
            assertThat(records.keySet())
                    .contains("SET CREATE_BUILD *")
                    .anyMatch(r -> r.startsWith("CREATE USER IF NOT EXISTS \"CARAVAN\" SALT * HASH * ADMIN"))
                    .noneMatch(r -> r.contains("VIEW") || r.contains("LINKED") || r.contains("ENGINE"));
        }
    }
}
