package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caravanqda.app.Project;
import org.caravanqda.app.ProjectStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "init", description = "Create a project folder with its database and the default codebook.")
final class InitCommand implements Callable<Integer> {
    private final CliContext ctx;
    @Mixin
    ProjectOption project;
    @Option(names = "--name", description = "project name (default: the folder name)")
    String name;
    @Option(names = "--language", description = "default transcript language: ru, en, kk, ky, uz (default: ru)")
    String language;
    @Option(names = "--codebook", paramLabel = "FILE", description = "load this codebook (.qdc) instead of the default")
    Path codebook;
    @Option(names = "--empty-codebook", description = "start with no codes")
    boolean empty;

    InitCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        try (Project p = ctx.app().create(project.dir, name, language, codebook, empty)) {
            ProjectStats s = p.documents().stats();
            ctx.out().println("created project " + p.directory().toAbsolutePath().normalize() + " with " + s.codes() + " codes");
        }
        return 0;
    }
}
