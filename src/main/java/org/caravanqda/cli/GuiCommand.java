package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "gui", description = "Open the desktop coding workbench (with a project, or the start screen).")
final class GuiCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Option(
            names = {"-p", "--project"},
            converter = ProjectLocation.class,
            description = "project folder to open (default: show the start screen)")
    Path project;

    GuiCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ctx.app().desktop().open(project);
        return 0;
    }
}
