package org.caravanqda.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Builds the demo project with {@code caravan demo} in a child JVM of this Java and class path: a class-data
 * archive holds every class its JVM loaded, so a training whose archive must stay small (ADR 0040) cannot import and
 * index the demo itself.
 */
public final class DemoInAnotherJvm implements ClassArchiveTraining.DemoBuilder {
    /** A demo takes a few seconds; a child that hangs must not keep the researcher's first command waiting forever. */
    private static final long MINUTES = 5;

    private final String mainClass;

    /** {@code mainClass}: the class whose arguments are Caravan's commands. */
    public DemoInAnotherJvm(String mainClass) {
        this.mainClass = mainClass;
    }

    @Override
    public boolean build(Path dir) {
        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        ProcessBuilder child = new ProcessBuilder(
                        java.toString(),
                        // the launcher's options for short commands: this demo then takes 3.5 s instead of 4.9 s
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Dfile.encoding=UTF-8",
                        "-cp",
                        System.getProperty("java.class.path"),
                        mainClass,
                        "demo",
                        "--dir",
                        dir.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = child.start();
            process.getOutputStream().close();
            if (!process.waitFor(MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
