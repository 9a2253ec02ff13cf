package org.caravanqda.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.caravanqda.util.AtomicFiles;
import org.caravanqda.util.PrivateFiles;

/**
 * An encrypted project's search index, kept on disk as AES-256-GCM copies of the files of its
 * last commit and worked on in memory. Lucene's files never change once written, so a commit
 * only encrypts the files that are new; segments_N goes last and the files no commit needs any
 * more are deleted after it, so a crash leaves a readable older commit at worst. Each file has
 * its own random nonce and its name as associated data (files cannot be swapped). A file that
 * does not decrypt (another key after a password change, damage) discards the copy: the index
 * is derived and is rebuilt from the store. Nothing in the clear is ever written.
 */
final class EncryptedIndexFiles {
    static final String FOLDER = "index-encrypted";
    private static final Pattern LUCENE_NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final String TEMP = ".part";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private final Path folder;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    private final Set<String> saved = new HashSet<>();

    EncryptedIndexFiles(Path projectDir, byte[] key) {
        this.folder = projectDir.resolve(FOLDER);
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    Path folder() {
        return folder;
    }

    /**
     * Decrypts the saved files into {@code memory}; a copy that does not read is deleted (memory is
     * emptied) and why is returned, else null. The store's mark beside the files is not one of them.
     */
    String loadInto(Directory memory) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(TEMP)) {
                    AtomicFiles.deleteQuietly(f); // a write a crash interrupted
                    continue;
                }
                if (!LUCENE_NAME.matcher(name).matches() || name.equals(StoreMarkFile.NAME)) {
                    continue;
                }
                byte[] plain = decrypt(name, Files.readAllBytes(f));
                try (IndexOutput out = memory.createOutput(name, IOContext.DEFAULT)) {
                    out.writeBytes(plain, plain.length);
                }
                saved.add(name);
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            try {
                for (String name : memory.listAll()) {
                    memory.deleteFile(name);
                }
            } catch (IOException ignored) {
                // the memory directory is thrown away by the caller anyway
            }
            discard();
            return "the encrypted search index does not decrypt (" + LuceneSearchIndex.describe(e) + ")";
        }
        return null;
    }

    /** Brings the encrypted copy to the commit whose files are {@code committed} (segments_N among them). */
    synchronized void save(Directory memory, Collection<String> committed) throws IOException {
        PrivateFiles.folderIn(folder.getParent(), folder); // never through a link; rwx------
        List<String> order = committed.stream()
                .sorted(Comparator.comparing((String n) -> n.startsWith("segments"))
                        .thenComparing(n -> n))
                .toList();
        for (String name : order) {
            if (!saved.contains(name)) {
                write(name, read(memory, name));
                saved.add(name);
            }
        }
        for (String name : Set.copyOf(saved)) {
            if (!committed.contains(name)) {
                Files.deleteIfExists(folder.resolve(name));
                saved.remove(name);
            }
        }
    }

    private static byte[] read(Directory memory, String name) throws IOException {
        try (IndexInput in = memory.openInput(name, IOContext.READONCE)) {
            byte[] b = new byte[Math.toIntExact(in.length())];
            in.readBytes(b, 0, b.length);
            return b;
        }
    }

    private void write(String name, byte[] plain) throws IOException {
        byte[] out; // the nonce, then the ciphertext and its tag, sealed straight after it
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            out = new byte[NONCE + c.getOutputSize(plain.length)];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            c.doFinal(plain, 0, plain.length, out, NONCE);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt the search index file " + name, e);
        }
        AtomicFiles.to(folder.resolve(name)).tempSuffix(TEMP).write(part -> Files.write(part, out));
    }

    private byte[] decrypt(String name, byte[] file) throws GeneralSecurityException {
        if (file.length < NONCE + TAG_BITS / 8) {
            throw new GeneralSecurityException("too short");
        }
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, file, 0, NONCE));
        c.updateAAD(name.getBytes(StandardCharsets.UTF_8));
        return c.doFinal(file, NONCE, file.length - NONCE);
    }

    /** The copy is unusable: delete it (all but the store's mark), so the index starts empty. */
    synchronized void discard() {
        try {
            saved.clear();
            LuceneSearchIndexes.deleteAllButMark(folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(
                    "cannot discard the unreadable encrypted search index in " + folder, e);
        }
    }
}
