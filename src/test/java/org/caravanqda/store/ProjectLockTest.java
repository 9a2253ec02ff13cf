package org.caravanqda.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLockTest {
    @TempDir
    Path tmp;

    @Test
    void aProjectOpenElsewhereIsRefusedByNameAndReopensAfterClose() {
        H2ProjectStores stores = new H2ProjectStores();
        Path dir = tmp.resolve("p");
        try (ProjectStore first = stores.create(dir, "p", "ru")) {
            assertThatThrownBy(() -> stores.open(dir))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("is open in another process")
                    .hasMessageContaining("pid " + ProcessHandle.current().pid());
            assertThat(first.<String>read(s -> s.project().name())).isEqualTo("p");
        }
        try (ProjectStore again = stores.open(dir)) {
            assertThat(again.<String>read(s -> s.project().language())).isEqualTo("ru");
        }
    }

    @Test
    void initRefusesAnExistingProjectAndOpenRefusesAFolderWithout() {
        H2ProjectStores stores = new H2ProjectStores();
        Path dir = tmp.resolve("p");
        stores.create(dir, "p", "ru").close();
        assertThatThrownBy(() -> stores.create(dir, "p", "ru")).hasMessageContaining("already holds a Caravan project");
        assertThatThrownBy(() -> stores.open(tmp.resolve("none"))).hasMessageContaining("is not a Caravan project");
    }
}
