package org.caravanqda.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.util.PrivateFiles;

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

    /**
     * Never through a symbolic link (issue #22): a linked caravan.lock in a folder someone sent
     * would have every command, even {@code stats}, overwrite the file it points at. The file is
     * opened with NOFOLLOW_LINKS, so a link put there after the check fails too; it is rw-------.
     */
    static ProjectLock acquire(Path dir) {
        Path file = dir.resolve(FILE);
        if (Files.isSymbolicLink(file)) {
            throw new CaravanException(PrivateFiles.linkRefusal(file));
        }
        FileChannel ch;
        try {
            ch = FileChannel.open(
                    file,
                    Set.of(
                            StandardOpenOption.CREATE,
                            StandardOpenOption.READ,
                            StandardOpenOption.WRITE,
                            LinkOption.NOFOLLOW_LINKS),
                    PrivateFiles.ownerOnlyFile(dir));
        } catch (IOException e) {
            if (Files.isSymbolicLink(file)) {
                throw new CaravanException(PrivateFiles.linkRefusal(file), e);
            }
            throw new CaravanException("cannot lock the project " + dir + ": " + e.getMessage(), e);
        }
        try {
            FileLock l = tryLock(ch);
            if (l == null) {
                String holder = holder(ch);
                ch.close();
                throw new CaravanException("the project " + dir + " is open in another process ("
                        + (holder.isEmpty() ? "unknown" : holder) + "); close it there first");
            }
            PrivateFiles.ownerOnly(file);
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(holderLine().getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new ProjectLock(ch, l);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new CaravanException("cannot lock the project " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    /** The holder line the other process wrote, read through the channel that is already open (at most 1 KiB). */
    private static String holder(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1024);
        ch.read(b, 0);
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8)
                .strip()
                .replaceAll("\\p{Cntrl}", "\uFFFD");
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // closing anyway
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
