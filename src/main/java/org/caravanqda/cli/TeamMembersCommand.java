package org.caravanqda.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.TeamMembers;
import org.caravanqda.app.port.TeamMembers.Member;
import org.caravanqda.app.port.TeamServers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code caravan team members add|remove|role|list -p URL ...} (issue #20): an owner manages who
 * works on a team project on a PostgreSQL server. The server login comes from {@code --user} (default
 * PGUSER, then the system user), its password from PGPASSWORD or the terminal; a new login's password
 * from CARAVAN_NEW_PASSWORD or the terminal (typed twice), never from the command line.
 */
/** The {@code team members} subcommands, registered under {@link TeamCommand}. */
final class TeamMembersCommand {
    @Command(
            name = "members",
            description = "Who works on a team project, with which role (owners only).",
            subcommands = {Add.class, Remove.class, RoleChange.class, ListMembers.class})
    static final class Members {}

    /** What every members command takes: the project's URL and the owner's login. */
    abstract static class ServerCommand implements Callable<Integer> {
        final CliContext ctx;

        @Option(
                names = {"-p", "--project"},
                required = true,
                paramLabel = "URL",
                description = "the team project: postgresql://host[:port]/database (sslmode=verify-full unless given)")
        String url;

        @Option(
                names = "--user",
                paramLabel = "LOGIN",
                description = "your server login (default: PGUSER, else your user name)")
        String user;

        ServerCommand(CliContext ctx) {
            this.ctx = ctx;
        }

        <T> T members(java.util.function.Function<TeamMembers, T> work) {
            TeamServers servers = TeamServers.installed()
                    .orElseThrow(() -> new CaravanException("this Caravan has no PostgreSQL support"));
            String login = user != null ? user : ctx.passwords().env("PGUSER", System.getProperty("user.name"));
            char[] password = ctx.passwords().server(login);
            try {
                return servers.withMembers(url, login, password, work);
            } finally {
                CliPasswords.clear(password);
            }
        }

        static TeamMembers.Role role(String name) {
            try {
                return TeamMembers.Role.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CaravanException("--role is owner, coder or viewer, not '" + name + "'");
            }
        }
    }

    @Command(
            name = "add",
            description = "Add a member: makes the server login when missing, grants the role, maps it to a coder.")
    static final class Add extends ServerCommand {
        @Parameters(paramLabel = "LOGIN")
        String login;

        @Option(names = "--role", defaultValue = "coder", description = "owner, coder or viewer (default: coder)")
        String role;

        @Option(names = "--coder", paramLabel = "NAME", description = "the coder they code as (default: the login)")
        String coder;

        @Option(
                names = "--no-password",
                description =
                        "make the login without a password (the server authenticates it otherwise, e.g. by certificate)")
        boolean noPassword;

        Add(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            TeamMembers.Role r = role(role);
            members(m -> {
                char[] pw = noPassword
                        ? null
                        : ctx.passwords().fresh("Password for the new login " + login, CliPasswords.NEW_PASSWORD_ENV);
                try {
                    m.add(login, r, pw, coder);
                } finally {
                    CliPasswords.clear(pw);
                }
                return null;
            });
            ctx.out().println("added " + login + " as " + r.name().toLowerCase(Locale.ROOT));
            return 0;
        }
    }

    @Command(name = "remove", description = "Take a member's role away; their coder and codings stay.")
    static final class Remove extends ServerCommand {
        @Parameters(paramLabel = "LOGIN")
        String login;

        Remove(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            members(m -> {
                m.remove(login);
                return null;
            });
            ctx.out().println("removed " + login);
            return 0;
        }
    }

    @Command(name = "role", description = "Give a member another role.")
    static final class RoleChange extends ServerCommand {
        @Parameters(paramLabel = "LOGIN")
        String login;

        @Option(names = "--role", required = true, description = "owner, coder or viewer")
        String role;

        RoleChange(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            TeamMembers.Role r = role(role);
            members(m -> {
                m.role(login, r);
                return null;
            });
            ctx.out().println(login + " is now " + r.name().toLowerCase(Locale.ROOT));
            return 0;
        }
    }

    @Command(name = "list", description = "The members, their coders and roles.")
    static final class ListMembers extends ServerCommand {
        ListMembers(CliContext ctx) {
            super(ctx);
        }

        @Override
        public Integer call() {
            TextTable t = new TextTable("login", "coder", "role");
            for (Member m : members(TeamMembers::list)) {
                t.row(
                        m.login(),
                        m.coder(),
                        m.role() == null ? "" : m.role().name().toLowerCase(Locale.ROOT));
            }
            t.print(ctx.out());
            return 0;
        }
    }
}
