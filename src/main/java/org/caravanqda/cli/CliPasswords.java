package org.caravanqda.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.caravanqda.app.common.CaravanException;

/**
 * Where the command line gets passwords: an environment variable (for scripts) or a prompt on
 * the terminal, never an argument (it would show in the process list and the shell history).
 * Arrays returned are the caller's to clear.
 */
final class CliPasswords {
    static final String PASSWORD_ENV = "CARAVAN_PASSWORD";
    static final String NEW_PASSWORD_ENV = "CARAVAN_NEW_PASSWORD";
    private final Map<String, String> env;
    private final PasswordPrompt prompt;

    /** Reads a password without echo; returns null when there is no terminal to ask on. */
    @FunctionalInterface
    interface PasswordPrompt {
        char[] read(String prompt);

        /** The real terminal (System.console), or none when input or output is redirected. */
        static PasswordPrompt console() {
            return text -> System.console() == null ? null : System.console().readPassword("%s", text);
        }
    }

    CliPasswords(Map<String, String> env, PasswordPrompt prompt) {
        this.env = Map.copyOf(env);
        this.prompt = prompt;
    }

    /** The password of an existing encrypted project. */
    char[] existing(Path dir) {
        char[] fromEnv = fromEnv(PASSWORD_ENV);
        if (fromEnv != null) {
            return fromEnv;
        }
        char[] typed = prompt.read("Password for project " + dir + ": ");
        if (typed == null) {
            throw new CaravanException("the project " + dir + " is encrypted: set " + PASSWORD_ENV
                    + " or run caravan in a terminal to be asked for its password");
        }
        return typed;
    }

    /** A new password, from {@code envName} or typed twice; refused when mistyped. */
    char[] fresh(String what, String envName) {
        char[] pw = fromEnv(envName);
        if (pw == null) {
            pw = prompt.read(what + ": ");
            if (pw == null) {
                throw new CaravanException(what.toLowerCase(java.util.Locale.ROOT) + " is needed: set " + envName
                        + " or run caravan in a terminal to be asked for it");
            }
            char[] again = prompt.read(what + " (again): ");
            boolean same = again != null && Arrays.equals(pw, again);
            clear(again);
            if (!same) {
                clear(pw);
                throw new CaravanException("the two passwords differ; nothing was changed");
            }
        }
        return pw; // Caravan refuses one too short
    }

    /** A server login's password: PGPASSWORD (as psql reads it), else typed; null when neither (the server may need none). */
    char[] server(String login) {
        char[] fromEnv = fromEnv("PGPASSWORD");
        return fromEnv != null ? fromEnv : prompt.read("Server password for " + login + ": ");
    }

    /** An environment variable, or {@code otherwise} when it is unset or empty. */
    String env(String name, String otherwise) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? otherwise : v;
    }

    private char[] fromEnv(String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v.toCharArray();
    }

    static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
