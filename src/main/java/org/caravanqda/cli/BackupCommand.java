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

    @Parameters(
            index = "0",
            paramLabel = "OUT.zip",
            description = "the backup file to write (replaced if it exists): a bare file name goes to the"
                    + " project's exports/ folder, a path with a folder (./x.zip) as given, as for every export")
    Path out;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    OutputFormat format;

    BackupCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Project p = ctx.open(project.dir)) {
            BackupInfo b = p.backup(target(p));
            if (format == OutputFormat.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", b.file().toAbsolutePath().normalize().toString());
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
                                b.projectName(),
                                b.schemaVersion(),
                                b.file().toAbsolutePath().normalize(),
                                (b.bytes() + 1023) / 1024);
            }
        }
        return 0;
    }

    /** The rule every command that writes a file follows (ExportTarget): a bare name lands in exports/. */
    private Path target(Project p) {
        if (out.getParent() != null) {
            return out;
        }
        Path dir = p.directory().toAbsolutePath().normalize();
        Path target = dir.resolve(org.caravanqda.app.export.ExportTarget.DEFAULT_FOLDER)
                .resolve(out);
        try {
            org.caravanqda.util.PrivateFiles.folderIn(dir, target.getParent());
        } catch (java.io.IOException e) {
            throw new org.caravanqda.app.common.CaravanException(
                    "cannot make the folder for " + target + ": " + e.getMessage(), e);
        }
        return target;
    }
}
