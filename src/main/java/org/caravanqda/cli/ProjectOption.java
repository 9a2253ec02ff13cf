package org.caravanqda.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The -p/--project option every project command takes. */
final class ProjectOption {
    @Option(
            names = {"-p", "--project"},
            paramLabel = "DIR",
            defaultValue = ".",
            converter = ProjectLocation.class,
            description = "project folder (default: the current folder), or a server project:"
                    + " postgresql://HOST[:PORT]/DATABASE")
    Path dir;
}
