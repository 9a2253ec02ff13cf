import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * mvn -Pdist package (ADR 0023): rewrites a jar's Java 5 class files as Java 6 ones with stack-map frames, so
 * that the launcher's class-data archive can hold them (Java 17 leaves out class files older than Java 6: "Pre
 * JDK 6 class not supported by CDS"; without frames, "Failed over class verification"). Only the version and
 * the frames change; the code is the same. Run with ASM on the class path: {@code java -cp asm.jar
 * UpgradeClassFiles.java some.jar} (the jar is replaced in place).
 */
public final class UpgradeClassFiles {
    private static final int JAVA_6 = Opcodes.V1_6;
    private static final String NOTICE = "META-INF/CARAVAN-CHANGES.txt";

    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            upgrade(Path.of(arg));
        }
    }

    private static void upgrade(Path jar) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        int upgraded = 0;
        try (URLClassLoader classes =
                        new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
                ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith(".class") && majorVersion(bytes) < JAVA_6) {
                    bytes = upgrade(bytes, classes);
                    upgraded++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
            if (upgraded > 0) { // the Apache licence asks modified files to say so
                out.putNextEntry(new ZipEntry(NOTICE));
                out.write(("Caravan's build (src/dist/UpgradeClassFiles.java) rewrote this jar's Java 5 class files as Java 6"
                                + " class files with stack-map frames, for class-data sharing; the code is unchanged.\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(jar.getFileName() + ": " + upgraded + " class files now Java 6 with stack-map frames");
    }

    private static int majorVersion(byte[] bytes) {
        return bytes.length < 8 ? Integer.MAX_VALUE : ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
    }

    private static byte[] upgrade(byte[] bytes, ClassLoader classes) {
        // no reader in the writer's constructor: ASM would copy each method's code unchanged, without frames
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return classes;
            }
        };
        reader.accept(
                new ClassVisitor(Opcodes.ASM9, writer) {
                    @Override
                    public void visit(
                            int version, int access, String name, String signature, String superName, String[] interfaces) {
                        super.visit(JAVA_6, access, name, signature, superName, interfaces);
                    }
                },
                ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
