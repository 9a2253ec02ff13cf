package org.caravanqda.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "password",
        description = {
            "Change the password of an encrypted project, or encrypt a plain one.",
            "The current password comes from " + CliPasswords.PASSWORD_ENV + " or a prompt, the new one from "
                    + CliPasswords.NEW_PASSWORD_ENV + " or a prompt (asked twice); never from an argument."
        })
final class PasswordCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Mixin
    ProjectOption project;

    PasswordCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (!ctx.app().isProject(project.dir)) {
            ctx.open(project.dir).close(); // the usual "not a Caravan project" refusal
        }
        boolean encrypted = ctx.app().isEncrypted(project.dir);
        char[] old = encrypted ? ctx.passwords().existing(project.dir) : null;
        char[] fresh = null;
        String warning;
        try {
            fresh = ctx.passwords().fresh("New password", CliPasswords.NEW_PASSWORD_ENV);
            warning = ctx.app().changePassword(project.dir, old, fresh);
        } finally {
            CliPasswords.clear(old);
            CliPasswords.clear(fresh);
        }
        if (warning != null) {
            ctx.err().println("caravan: warning: " + warning);
        }
        if (encrypted) {
            ctx.out()
                    .println("changed the password of project "
                            + project.dir.toAbsolutePath().normalize());
        } else {
            ctx.out()
                    .println("encrypted project " + project.dir.toAbsolutePath().normalize());
            ctx.err()
                    .println("note: copies made before (exports, backups) are not encrypted, and the disk may"
                            + " still hold blocks of the old unencrypted file");
            for (String folder : new String[] {"exports", "backups"}) {
                java.nio.file.Path inside = project.dir.resolve(folder);
                if (holdsFiles(inside)) {
                    ctx.err()
                            .println(
                                    "warning: " + inside.toAbsolutePath().normalize() + " holds unencrypted copies made"
                                            + " before: move them to encrypted storage or delete them");
                }
            }
        }
        return 0;
    }

    private static boolean holdsFiles(java.nio.file.Path dir) {
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.walk(dir)) {
            return s.anyMatch(java.nio.file.Files::isRegularFile);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false; // no such folder
        }
    }
}
