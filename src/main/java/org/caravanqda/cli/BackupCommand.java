package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.port.BackupInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "backup",
        description = "Write a consistent backup of the project database to a zip (restore it with"
                + " `caravan restore`). A project open in the GUI is backed up from there: Back up… in its toolbar.")
final class BackupCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin
    ProjectOption project;

    @Parameters(index = "0", paramLabel = "OUT.zip", description = "the backup file to write (replaced if it exists)")
    Path out;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    OutputFormat format;

    BackupCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Project p = ctx.open(project.dir)) {
            BackupInfo b = p.backup(out);
            if (format == OutputFormat.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", b.file().toString());
                m.put("project", b.projectName());
                m.put("schemaVersion", b.schemaVersion());
                m.put("caravanVersion", b.caravanVersion());
                m.put("createdAt", b.createdAt().toString());
                m.put("bytes", b.bytes());
                ctx.out().println(Json.write(m));
            } else {
                ctx.out()
                        .printf(
                                "backed up '%s' (schema v%s) to %s (%d KiB)%n",
                                b.projectName(), b.schemaVersion(), b.file(), (b.bytes() + 1023) / 1024);
            }
        }
        return 0;
    }
}
