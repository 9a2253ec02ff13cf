package org.caravanqda.cli;

/**
 * A subcommand that a jar beside caravan.jar adds to the command line, found through
 * {@link java.util.ServiceLoader}: the benchmark harness (caravan-bench.jar) is one, so the
 * shipped jar carries no benchmark code while {@code caravan bench} still works where it is present.
 */
public interface CommandExtension {
    /** The subcommand's name, e.g. {@code bench}. */
    String name();

    /** A picocli command object, built with the command line's context. */
    Object command(CliContext ctx);
}
