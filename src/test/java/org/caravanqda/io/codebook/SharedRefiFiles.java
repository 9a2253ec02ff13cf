package org.caravanqda.io.codebook;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The REFI-QDA schema and samples live in ../shared beside the project (never copied into it);
 * tests that need them are skipped with a message when that folder is absent.
 */
final class SharedRefiFiles {
    static final Path ROOT = org.caravanqda.SharedData.root().resolve("refi-qda");

    private SharedRefiFiles() {}

    static Path sample(String name) {
        Path p = ROOT.resolve("samples").resolve(name);
        assumeTrue(Files.isRegularFile(p), "REFI-QDA sample absent (expected ../shared beside the project): " + p);
        return p;
    }

    /** All schema violations of the file, empty when it is valid (the same validator as the project exports'). */
    static List<String> codebookSchemaErrors(Path xml) throws Exception {
        try (java.io.InputStream in = Files.newInputStream(xml)) {
            return org.caravanqda.io.refi.RefiFiles.schemaErrors("Codebook-mrt2019.xsd", in);
        }
    }
}
