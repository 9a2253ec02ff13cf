package org.caravanqda.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.agreement.AgreementReport;
import org.caravanqda.app.agreement.AgreementRequest;
import org.caravanqda.app.agreement.AgreementUnit;
import org.caravanqda.app.common.CaravanException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "agreement",
        description = "Inter-coder agreement per code and overall: percent agreement, Cohen's kappa,"
                + " Brennan & Prediger's kappa, Krippendorff's alpha (docs/agreement.md).")
final class AgreementCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Option(
            names = "--coders",
            required = true,
            split = ",",
            paramLabel = "CODER",
            description = "two or more coders to compare, e.g. --coders anna,timur")
    List<String> coders;

    @Option(
            names = "--unit",
            defaultValue = "character",
            description = "character (default), sentence, paragraph, turn or document")
    String unit;

    @Option(
            names = "--code",
            paramLabel = "PATH",
            description =
                    "compare this code with its sub-codes (repeatable;" + " default: every code the coders applied)")
    List<String> codes = new ArrayList<>();

    @Option(
            names = "--documents",
            split = ",",
            paramLabel = "NAME",
            arity = "1..*",
            description = "only these documents (default: those coded by at least two of the coders)")
    List<String> documents = new ArrayList<>();

    @Option(names = "--domain", paramLabel = "PARENT", description = "the children of PARENT are exclusive categories")
    String domain;

    @Option(names = "--disagreements", description = "list the units where the coders differ")
    boolean disagreements;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    OutputFormat format;

    AgreementCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        AgreementUnit u;
        try {
            u = AgreementUnit.parse(unit);
        } catch (CaravanException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Project p = ctx.open(project.dir)) {
            AgreementReport r =
                    p.agreement().compare(new AgreementRequest(coders, u, codes, documents, domain, disagreements));
            if (format == OutputFormat.json) {
                ctx.out().println(Json.write(AgreementJson.of(r, disagreements)));
            } else {
                AgreementTable.print(r, disagreements, ctx.out());
            }
        }
        return 0;
    }
}
