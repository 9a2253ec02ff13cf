package org.caravanqda.store.pg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caravanqda.app.port.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSmokeTest {
    @TempDir
    Path tmp;

    @Test
    void createsAndOpens() {
        EmbeddedServer server = EmbeddedServer.get();
        ServerAddress a = server.address(server.freshDatabase());
        PgProjectStores stores = new PgProjectStores(null);
        Path dir = new ServerFolders(tmp).folderFor(a);
        try (ProjectStore s = stores.create(dir, a, "Team", "ru")) {
            assertThat(s.<String>read(x -> x.project().name())).isEqualTo("Team");
        }
        try (ProjectStore s = stores.open(dir, a)) {
            assertThat(s.<String>read(x -> x.project().language())).isEqualTo("ru");
        }
    }
}
