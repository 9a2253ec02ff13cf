package org.caravanqda.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.WrongPasswordException;
import org.caravanqda.app.port.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedStoreTest {
    @TempDir
    Path tmp;

    private final H2ProjectStores stores = new H2ProjectStores();

    private Path encrypted(String password) {
        Path dir = tmp.resolve("p");
        try (ProjectStore s = stores.create(dir, "Тайный проект", "ru", password.toCharArray())) {
            assertThat(s.encrypted()).isTrue();
        }
        return dir;
    }

    private Path db(Path dir) {
        return dir.resolve("caravan.mv.db");
    }

    @Test
    void anEncryptedProjectOpensWithItsPasswordOnly() throws IOException {
        Path dir = encrypted("пароль с пробелами");
        assertThat(stores.encrypted(dir)).isTrue();
        assertThat(Files.readString(dir.resolve(ProjectKeyFile.FILE)))
                .contains("PBKDF2WithHmacSHA256")
                .doesNotContain("пароль");
        try (ProjectStore s = stores.open(dir, "пароль с пробелами".toCharArray())) {
            assertThat(s.<String>read(x -> x.project().name())).isEqualTo("Тайный проект");
        }
        byte[] before = Files.readAllBytes(db(dir));
        assertThatThrownBy(() -> stores.open(dir, "пароль без пробелов".toCharArray()))
                .isInstanceOf(WrongPasswordException.class)
                .hasMessage("wrong password for project " + dir);
        assertThatThrownBy(() -> stores.open(dir)).hasMessageContaining("is encrypted: its password is needed");
        assertThat(Files.readAllBytes(db(dir))).isEqualTo(before);
        // the lock was released by the failed opens
        stores.open(dir, "пароль с пробелами".toCharArray()).close();
    }

    @Test
    void aPlainProjectIsNotEncryptedAndItsFileIsNot() throws IOException {
        Path dir = tmp.resolve("plain");
        stores.create(dir, "p", "ru").close();
        assertThat(stores.encrypted(dir)).isFalse();
        assertThat(new String(Files.readAllBytes(db(dir)), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("H:2,");
    }

    @Test
    void passwordChangeKeepsTheDataAndRefusesTheOldPassword() {
        Path dir = encrypted("old password 1");
        try (ProjectStore s = stores.open(dir, "old password 1".toCharArray())) {
            s.write(x -> x.coders().insert(new org.caravanqda.model.Coder(0, "анна", "#336699")));
        }
        assertThatThrownBy(() ->
                        stores.changePassword(dir, "not the password".toCharArray(), "new password 2".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
        stores.changePassword(dir, "old password 1".toCharArray(), "new password 2".toCharArray());
        assertThatThrownBy(() -> stores.open(dir, "old password 1".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
        try (ProjectStore s = stores.open(dir, "new password 2".toCharArray())) {
            assertThat(s.read(x -> x.coders().all()).toString()).contains("анна");
        }
        assertThat(dir.resolve(PasswordChange.STAGING)).doesNotExist();
    }

    @Test
    void aPlainProjectCanBeEncrypted() {
        Path dir = tmp.resolve("plain");
        try (ProjectStore s = stores.create(dir, "p", "ru")) {
            s.write(x -> x.coders().insert(new org.caravanqda.model.Coder(0, "тимур", "#336699")));
        }
        stores.changePassword(dir, null, "a new password".toCharArray());
        assertThat(stores.encrypted(dir)).isTrue();
        try (ProjectStore s = stores.open(dir, "a new password".toCharArray())) {
            assertThat(s.encrypted()).isTrue();
            assertThat(s.read(x -> x.coders().all()).toString()).contains("тимур");
        }
    }

    @Test
    void aDamagedFileOrAMissingKeyFileIsReportedClearly() throws IOException {
        Path dir = encrypted("password 123");
        byte[] original = Files.readAllBytes(db(dir));
        // H2's encryption header garbled, then everything after it: never taken for a wrong password
        for (int[] range : new int[][] {{0, 16}, {4096, original.length}}) {
            byte[] damaged = original.clone();
            byte[] noise = new byte[range[1] - range[0]];
            new java.util.Random(range[0]).nextBytes(noise);
            System.arraycopy(noise, 0, damaged, range[0], noise.length);
            Files.write(db(dir), damaged);
            assertThatThrownBy(() -> stores.open(dir, "password 123".toCharArray()))
                    .isNotInstanceOf(WrongPasswordException.class)
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("the database file of project " + dir)
                    .hasMessageContaining("damaged");
            assertThat(Files.readAllBytes(db(dir))).isEqualTo(damaged);
        }
        Files.write(db(dir), original);
        Files.delete(dir.resolve(ProjectKeyFile.FILE));
        assertThatThrownBy(() -> stores.open(dir, "password 123".toCharArray()))
                .hasMessageContaining("caravan.encryption is missing");
    }
}
