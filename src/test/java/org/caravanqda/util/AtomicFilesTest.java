package org.caravanqda.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesIntoANewFolderAndReturnsWhatTheContentSays() throws IOException {
        Path target = dir.resolve("out/sub/codes.qdc");
        int n = AtomicFiles.to(target).synced().write(tmp -> {
            Files.writeString(tmp, "Мы уехали 🙂");
            return 7;
        });
        assertThat(n).isEqualTo(7);
        assertThat(Files.readString(target)).isEqualTo("Мы уехали 🙂");
        assertThat(names(target.getParent())).containsExactly("codes.qdc");
    }

    @Test
    void replacesTheTargetAndStreamsAreClosedBeforeTheMove() throws IOException {
        Path target = Files.writeString(dir.resolve("a.txt"), "old");
        AtomicFiles.to(target).stream(out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(names(dir)).containsExactly("a.txt");
    }

    @Test
    void aFailingWriteLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("a.txt"), "old");
        assertThatThrownBy(() -> AtomicFiles.to(target).write(tmp -> {
                    Files.writeString(tmp, "half");
                    throw new IOException("disk full");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full");
        assertThatThrownBy(() -> AtomicFiles.to(target).stream(out -> {
                    out.write(1);
                    throw new IllegalStateException("cancelled");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(names(dir)).containsExactly("a.txt");
    }

    @Test
    void theTemporaryFileIsHiddenBesideTheTargetWithItsSuffix() throws IOException {
        Path target = dir.resolve("_0.cfs");
        AtomicFiles.to(target).tempSuffix(".part").write(tmp -> {
            assertThat(tmp.getParent()).isEqualTo(dir.toAbsolutePath());
            assertThat(tmp.getFileName().toString()).startsWith("._0.cfs").endsWith(".part");
            return null;
        });
        assertThat(names(dir)).containsExactly("_0.cfs");
    }

    @Test
    void aLinkAtTheTargetIsReplacedNotFollowed() throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "not mine to change");
        Path target = dir.resolve("export.csv");
        try {
            Files.createSymbolicLink(target, elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            return; // no links on this file system
        }
        AtomicFiles.to(target).write(tmp -> Files.writeString(tmp, "rows"));
        assertThat(Files.isSymbolicLink(target)).isFalse();
        assertThat(Files.readString(target)).isEqualTo("rows");
        assertThat(Files.readString(elsewhere)).isEqualTo("not mine to change");
    }

    @Test
    void aFolderAtTheTargetIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path target = Files.createDirectory(dir.resolve("export.xlsx"));
        assertThatThrownBy(() -> AtomicFiles.to(target).write(tmp -> {
                    throw new AssertionError("written");
                }))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is a folder");
        assertThat(names(dir)).containsExactly("export.xlsx");
    }

    @Test
    void moveReplacesTheTarget() throws IOException {
        Path from = Files.writeString(dir.resolve("staged"), "new");
        Path to = Files.writeString(dir.resolve("db"), "old");
        AtomicFiles.move(from, to, false);
        assertThat(Files.readString(to)).isEqualTo("new");
        assertThat(from).doesNotExist();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
