package org.caravanqda.ipc;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.Redacted;
import org.caravanqda.app.port.WindowChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window channel on a Unix-domain socket (Linux, macOS, Windows 10+; ADR 0019). The socket
 * lives in a private folder of the temporary directory (0700, the socket 0600: only this OS user
 * connects), named by {@value #POINTER} in the project folder. No IP address, no port: nothing
 * another machine can reach; the bytes never leave the kernel.
 *
 * <p>Protocol: the client sends a magic line, the working directory and the arguments; the
 * server answers with frames (kind, length, bytes): {@code O} standard output, {@code E} standard
 * error, {@code X} the exit code, last.
 */
public final class UnixWindowChannel implements WindowChannel {
    /** The file in the project folder that names the socket of the window holding the project. */
    public static final String POINTER = "caravan.window";

    static final int MAGIC = 0x43525631; // "CRV1"
    private static final int MAX_ARGS = 10_000;
    private static final int MAX_STRING = 1 << 20;
    /** Made on first use: a static logger here would start Logback in every command (Main builds this channel). */
    private static Logger log() {
        return LoggerFactory.getLogger(UnixWindowChannel.class);
    }

    @Override
    public Listening listen(Path projectDir, Handler handler) {
        try {
            return Server.start(projectDir.toAbsolutePath().normalize(), handler);
        } catch (IOException e) {
            throw new CaravanException("cannot open the command channel beside the window: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean answers(Path projectDir) {
        try (SocketChannel ch = connect(projectDir)) {
            return ch != null;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public OptionalInt forward(Path projectDir, List<String> args, Path workingDir, Writer out, Writer err) {
        SocketChannel ch;
        try {
            ch = connect(projectDir);
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        if (ch == null) {
            return OptionalInt.empty();
        }
        try (ch) {
            DataOutputStream o = new DataOutputStream(Channels.newOutputStream(ch));
            o.writeInt(MAGIC);
            writeString(o, workingDir.toAbsolutePath().normalize().toString());
            o.writeInt(args.size());
            for (String a : args) {
                writeString(o, a);
            }
            o.flush();
            DataInputStream in = new DataInputStream(Channels.newInputStream(ch));
            while (true) {
                int kind = in.readUnsignedByte();
                int length = in.readInt();
                if (kind == 'X') {
                    out.flush();
                    err.flush();
                    return OptionalInt.of(length);
                }
                if (length < 0 || length > MAX_STRING) {
                    throw new IOException("bad frame");
                }
                String text = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                Writer w = kind == 'E' ? err : out;
                w.write(text);
                w.flush();
            }
        } catch (EOFException e) {
            throw new CaravanException("the window closed before the command finished; run it again");
        } catch (IOException e) {
            throw new CaravanException("the command channel to the window failed: " + e.getMessage(), e);
        }
    }

    /** A connection to the live window's socket, or null when the project has none (or a stale one). */
    private static SocketChannel connect(Path projectDir) throws IOException {
        Path pointer = projectDir.resolve(POINTER);
        if (!Files.isRegularFile(pointer)) {
            return null;
        }
        String named = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        if (named.isEmpty()) {
            return null;
        }
        Path socket = Path.of(named);
        if (!Files.exists(socket) || !ownedByMe(socket)) {
            return null; // left by a crash, or not ours: never talk to another user's socket
        }
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            ch.connect(UnixDomainSocketAddress.of(socket));
            return ch;
        } catch (IOException e) {
            ch.close(); // connection refused: the window that made it has gone
            return null;
        }
    }

    private static boolean ownedByMe(Path socket) throws IOException {
        if (!posix()) {
            return true; // Windows: the socket is in the user's own temporary folder
        }
        return Files.getOwner(socket).getName().equals(System.getProperty("user.name"));
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    static void writeString(DataOutputStream o, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        o.writeInt(b.length);
        o.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING) {
            throw new IOException("bad request");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    /** Listens on its own daemon thread; one command at a time, each on that thread (never the FX thread). */
    static final class Server implements Listening {
        private final Path projectDir;
        private final Path folder;
        private final Path socket;
        private final ServerSocketChannel server;
        private final Handler handler;
        private final Thread thread;
        private volatile boolean closed;

        private Server(Path projectDir, Path folder, Path socket, ServerSocketChannel server, Handler handler) {
            this.projectDir = projectDir;
            this.folder = folder;
            this.socket = socket;
            this.server = server;
            this.handler = handler;
            this.thread = new Thread(this::loop, "caravan-window-commands");
            thread.setDaemon(true);
        }

        static Server start(Path projectDir, Handler handler) throws IOException {
            Path folder = posix()
                    ? Files.createTempDirectory(
                            "caravan-",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory("caravan-");
            Path socket = folder.resolve("window.sock");
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                server.bind(UnixDomainSocketAddress.of(socket));
                if (posix()) {
                    Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
                }
                Path pointer = projectDir.resolve(POINTER);
                Path tmp = projectDir.resolve(POINTER + ".tmp");
                Files.deleteIfExists(tmp);
                if (posix()) {
                    Files.createFile(
                            tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                }
                Files.writeString(tmp, socket.toString(), StandardCharsets.UTF_8);
                Files.move(tmp, pointer, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                server.close();
                Files.deleteIfExists(socket);
                Files.deleteIfExists(folder);
                throw e;
            }
            Server s = new Server(projectDir, folder, socket, server, handler);
            s.thread.start();
            return s;
        }

        @Override
        public UnixDomainSocketAddress address() {
            try {
                return (UnixDomainSocketAddress) server.getLocalAddress();
            } catch (IOException e) {
                return UnixDomainSocketAddress.of(socket);
            }
        }

        private void loop() {
            while (!closed) {
                try (SocketChannel ch = server.accept()) {
                    serve(ch);
                } catch (IOException e) {
                    if (!closed) {
                        log().warn("window command channel: {}", Redacted.of(e));
                    }
                }
            }
        }

        private void serve(SocketChannel ch) throws IOException {
            DataInputStream in = new DataInputStream(Channels.newInputStream(ch));
            if (in.readInt() != MAGIC) {
                return;
            }
            Path cwd = Path.of(readString(in));
            int n = in.readInt();
            if (n < 0 || n > MAX_ARGS) {
                return;
            }
            List<String> args = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                args.add(readString(in));
            }
            DataOutputStream o = new DataOutputStream(Channels.newOutputStream(ch));
            int code;
            try (PrintWriter out = new PrintWriter(new FrameWriter(o, 'O'));
                    PrintWriter err = new PrintWriter(new FrameWriter(o, 'E'))) {
                try {
                    code = handler.run(args, cwd, out, err);
                } catch (RuntimeException e) {
                    log().error("forwarded command failed", Redacted.of(e));
                    err.println("caravan: internal error in the window ("
                            + e.getClass().getSimpleName() + ")");
                    code = 3;
                }
            }
            synchronized (o) {
                o.writeByte('X');
                o.writeInt(code);
                o.flush();
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                server.close();
            } catch (IOException e) {
                // closing anyway
            }
            if (Thread.currentThread() != thread) {
                try {
                    thread.join(60_000); // a command still running finishes first
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                Path pointer = projectDir.resolve(POINTER);
                if (Files.isRegularFile(pointer)
                        && Files.readString(pointer, StandardCharsets.UTF_8)
                                .strip()
                                .equals(socket.toString())) {
                    Files.deleteIfExists(pointer);
                }
                Files.deleteIfExists(socket);
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                log().warn("window command channel: could not remove {}", socket);
            }
        }
    }

    /** A writer that sends what it is given as frames of one kind when flushed (and when full). */
    static final class FrameWriter extends Writer {
        private final DataOutputStream o;
        private final int kind;
        private final StringBuilder buffer = new StringBuilder();

        FrameWriter(DataOutputStream o, int kind) {
            this.o = o;
            this.kind = kind;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            buffer.append(cbuf, off, len);
            if (buffer.length() >= 64 * 1024) {
                // a surrogate pair is never split between two frames
                boolean pairOpen = Character.isHighSurrogate(buffer.charAt(buffer.length() - 1));
                char last = buffer.charAt(buffer.length() - 1);
                if (pairOpen) {
                    buffer.setLength(buffer.length() - 1);
                }
                flush();
                if (pairOpen) {
                    buffer.append(last);
                }
            }
        }

        @Override
        public void flush() throws IOException {
            if (buffer.length() == 0) {
                return;
            }
            byte[] b = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            synchronized (o) {
                o.writeByte(kind);
                o.writeInt(b.length);
                o.write(b);
                o.flush();
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
