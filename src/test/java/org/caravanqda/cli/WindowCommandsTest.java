package org.caravanqda.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.caravanqda.TestApp;
import org.caravanqda.app.DemoService;
import org.caravanqda.app.Project;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line beside the window (ADR 0019): a project opened as the window opens it serves
 * the read-only commands of other callers through its owner-only Unix socket, with the output the
 * commands give without a window; write commands are refused by name; a socket left by a crash
 * blocks nothing.
 */
class WindowCommandsTest {
    @TempDir
    Path tmp;

    Path dir;

    @BeforeEach
    void demo() {
        dir = tmp.resolve("demo");
        new DemoService(TestApp.app()).build(dir, Progress.NONE);
    }

    private List<List<String>> readOnly() {
        String p = dir.toString();
        return List.of(
                List.of("stats", "-p", p, "--format", "json"),
                List.of("documents", "-p", p),
                List.of("codings", "-p", p, "--format", "json"),
                List.of("search", "-p", p, "Алматы", "--format", "json"),
                List.of("table", "-p", p, "frequencies", "--format", "csv"),
                List.of("table", "-p", p, "cooccurrence"),
                List.of("agreement", "-p", p, "--coders", "anna,timur", "--format", "json"),
                List.of(
                        "codebook",
                        "export",
                        "-p",
                        p,
                        tmp.resolve("book-%s.qdc").toString()),
                List.of("export", "-p", p, tmp.resolve("segments-%s.csv").toString()));
    }

    private static String[] args(List<String> command, String run) {
        return command.stream().map(a -> a.formatted(run)).toArray(String[]::new);
    }

    @Test
    void readOnlyCommandsGiveTheSameOutputThroughTheWindowAsWithout() throws Exception {
        List<CliRun> direct = new ArrayList<>();
        for (List<String> c : readOnly()) {
            direct.add(CliRun.of(args(c, "direct")));
        }
        try (Project window = TestApp.app().open(dir)) {
            assertThat(window.serveCommandsBeside()).isInstanceOf(UnixDomainSocketAddress.class);
            for (int i = 0; i < readOnly().size(); i++) {
                List<String> c = readOnly().get(i);
                CliRun beside = CliRun.of(args(c, "beside"));
                assertThat(beside.exit())
                        .as(c + "\n" + beside.err())
                        .isEqualTo(direct.get(i).exit());
                assertThat(beside.exit()).as(c + "\n" + beside.err()).isZero();
                assertThat(beside.out().replace("beside", "direct"))
                        .as(String.join(" ", c))
                        .isEqualTo(direct.get(i).out());
            }
            // the window's project is still open and usable after the commands closed "their" project
            assertThat(window.documents().stats().documents()).isEqualTo(9);
        }
        assertThat(tmp.resolve("segments-beside.csv")).hasSameTextualContentAs(tmp.resolve("segments-direct.csv"));
        assertThat(Files.readString(tmp.resolve("book-beside.qdc")).replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z?", ""))
                .isEqualTo(Files.readString(tmp.resolve("book-direct.qdc"))
                        .replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z?", ""));
        assertThat(dir.resolve("caravan.window"))
                .as("closing the project removes the pointer")
                .doesNotExist();
    }

    @Test
    void writeCommandsAreRefusedByNameAndChangeNothing() {
        String before =
                CliRun.of("stats", "-p", dir.toString(), "--format", "json").out();
        try (Project window = TestApp.app().open(dir)) {
            window.serveCommandsBeside();
            for (String[] c : List.of(
                    new String[] {"uncode", "-p", dir.toString(), "--id", "1"},
                    new String[] {"reindex", "-p", dir.toString()},
                    new String[] {"pseudonyms", "clear", "-p", dir.toString()},
                    new String[] {"autocode", "-p", dir.toString(), "--query", "Алматы", "--code", "x"})) {
                CliRun r = CliRun.of(c);
                assertThat(r.exit()).as(String.join(" ", c)).isEqualTo(1);
                assertThat(r.err().strip())
                        .as(String.join(" ", c))
                        .startsWith("caravan: the window holds this project: close it or run this from the window")
                        .doesNotContain("\n");
            }
            // a command line sent to the window directly (not through the client) is refused there too
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = CaravanCli.runInWindow(
                    TestApp.app(),
                    window,
                    List.of("uncode", "--id", "1"),
                    tmp,
                    new PrintWriter(out, true),
                    new PrintWriter(err, true));
            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains("the window holds this project");
        }
        assertThat(CliRun.of("stats", "-p", dir.toString(), "--format", "json").out())
                .isEqualTo(before);
    }

    @Test
    void relativePathsAreTheCallersAndUsageErrorsStayUsageErrors() {
        try (Project window = TestApp.app().open(dir)) {
            for (String[] c : List.of(
                    new String[] {"export", "./relative.csv"},
                    new String[] {"export", "bare.csv"},
                    new String[] {"backup", "b.zip"})) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = CaravanCli.runInWindow(
                        TestApp.app(), window, List.of(c), tmp, new PrintWriter(out, true), new PrintWriter(err, true));
                assertThat(code).as(String.join(" ", c) + ": " + err).isZero();
            }
            assertThat(tmp.resolve("relative.csv"))
                    .as("a relative path: the caller's folder")
                    .exists();
            assertThat(dir.resolve("exports/bare.csv"))
                    .as("a bare export name: the project's exports/, as without a window")
                    .exists();
            assertThat(tmp.resolve("b.zip"))
                    .as("a bare backup name: the caller's folder")
                    .exists();
            window.serveCommandsBeside();
            CliRun usage = CliRun.of("stats", "-p", dir.toString(), "--no-such-option");
            assertThat(usage.exit()).isEqualTo(2);
        }
    }

    @Test
    void theSocketIsOwnerOnlyInAnOwnerOnlyFolderAndNoIpPort() throws Exception {
        Project window = TestApp.app().open(dir);
        Path socket;
        try {
            UnixDomainSocketAddress address = (UnixDomainSocketAddress) window.serveCommandsBeside();
            socket = address.getPath();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())))
                    .isEqualTo("rwx------");
            Path pointer = dir.resolve("caravan.window");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pointer)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(pointer, StandardCharsets.UTF_8)).isEqualTo(socket.toString());
        } finally {
            window.close();
        }
        assertThat(socket).doesNotExist();
        assertThat(socket.getParent()).doesNotExist();
    }

    @Test
    void aSocketLeftByACrashedWindowBlocksNothing() throws Exception {
        Path folder = Files.createTempDirectory(tmp, "crashed");
        Path socket = folder.resolve("window.sock");
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket)); // closed below, file left: connection refused
        }
        assertThat(socket).exists();
        Files.writeString(dir.resolve("caravan.window"), socket.toString());
        // the crashed window's lock went with its process: the command opens the project itself
        CliRun stats = CliRun.of("stats", "-p", dir.toString(), "--format", "json");
        assertThat(stats.exit()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("\"documents\" : 9");
        // held by a process that does not serve (a script, an older window): the usual lock message
        try (Project holder = TestApp.app().open(dir)) {
            CliRun refused = CliRun.of("stats", "-p", dir.toString());
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err()).contains("is open in another process");
            // a pointer naming no socket at all changes nothing either
            Files.writeString(
                    dir.resolve("caravan.window"), folder.resolve("gone.sock").toString());
            assertThat(CliRun.of("stats", "-p", dir.toString()).err()).contains("is open in another process");
            // the window starting afterwards replaces the stale pointer
            holder.serveCommandsBeside();
            assertThat(CliRun.of("stats", "-p", dir.toString()).exit()).isZero();
        }
    }
}
