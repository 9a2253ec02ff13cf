package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "attributes", description = "Participant attributes.", subcommands = AttributesCommand.Import.class)
final class AttributesCommand {

    @Command(
            name = "import",
            description = "Load attributes from a CSV: first column the document name, then one"
                    + " column per attribute (types inferred: number, date, boolean, text).")
    static final class Import implements Callable<Integer> {
        private final CliContext ctx;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "FILE.csv")
        Path csv;

        @Option(names = "--coder", description = "who imports (for the audit trail)")
        String coder;

        Import(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            try (Project p = ctx.open(project.dir)) {
                int n = p.attributes().importCsv(csv, coder);
                ctx.out().println("set " + n + " attribute values from " + csv.getFileName());
            }
            return 0;
        }
    }
}
