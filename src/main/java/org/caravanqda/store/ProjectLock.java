package org.caravanqda.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.caravanqda.app.common.CaravanException;

/**
 * One process at a time per project. An OS file lock (released by the OS if the process dies,
 * so a crash never leaves a stale lock) on caravan.lock, which also names the holder so the
 * refusal can say who has the project open.
 */
final class ProjectLock {
    static final String FILE = "caravan.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static ProjectLock acquire(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            FileChannel ch = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l = tryLock(ch);
            if (l == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                ch.close();
                throw new CaravanException("the project " + dir + " is open in another process ("
                        + (holder.isEmpty() ? "unknown" : holder) + "); close it there first");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(holderLine().getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new ProjectLock(ch, l);
        } catch (IOException e) {
            throw new CaravanException("cannot lock the project " + dir + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null; // held by this very process (e.g. a second window)
        }
    }

    private static String holderLine() {
        ProcessHandle self = ProcessHandle.current();
        String cmd = self.info()
                .command()
                .map(c -> Path.of(c).getFileName().toString())
                .orElse("java");
        return "pid " + self.pid() + " (" + cmd + "), since " + Instant.now();
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS drops the lock with the process anyway
        }
    }
}
