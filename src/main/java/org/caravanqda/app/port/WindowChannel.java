package org.caravanqda.app.port;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * The local channel a window opens beside the project it holds, so that a command started in
 * another process runs in the window's process against the project it has open (ADR 0019). Only
 * the same OS user can reach it; it is never a network port.
 */
public interface WindowChannel {
    /** No channel: every command opens the project itself (tools, tests). */
    WindowChannel NONE = new WindowChannel() {
        @Override
        public Listening listen(Path projectDir, Handler handler) {
            return new Listening() {
                @Override
                public SocketAddress address() {
                    return null;
                }

                @Override
                public void close() {}
            };
        }

        @Override
        public boolean answers(Path projectDir) {
            return false;
        }

        @Override
        public OptionalInt forward(Path projectDir, List<String> args, Path workingDir, Writer out, Writer err) {
            return OptionalInt.empty();
        }
    };

    /** Listens beside {@code projectDir} until the handle is closed; each request runs {@code handler}. */
    Listening listen(Path projectDir, Handler handler);

    /** Whether a window holding {@code projectDir} answers (false for none, or a socket left by a crash). */
    boolean answers(Path projectDir);

    /**
     * Runs a command line in the window that holds {@code projectDir}, writing what it prints to
     * {@code out} and {@code err} as it comes; its exit code, or empty when no window answers.
     */
    OptionalInt forward(Path projectDir, List<String> args, Path workingDir, Writer out, Writer err);

    /** Runs one forwarded command line; relative paths in it are relative to {@code workingDir}. */
    @FunctionalInterface
    interface Handler {
        int run(List<String> args, Path workingDir, PrintWriter out, PrintWriter err);
    }

    /** A listening channel; closing it removes the socket. */
    interface Listening extends AutoCloseable {
        /** Where it listens (a Unix-domain address, never an IP one). */
        SocketAddress address();

        @Override
        void close();
    }
}
