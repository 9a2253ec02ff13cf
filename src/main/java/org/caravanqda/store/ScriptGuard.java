package org.caravanqda.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a backup's SQL script before H2 runs it, because RUNSCRIPT runs any SQL, including
 * {@code CREATE ALIAS} with Java source (code execution) or file functions. Outside string
 * literals, quoted names and comments, every statement must start as H2's SCRIPT writes a
 * Caravan database, and none may name a routine or a file function. Returns why not, or null.
 */
final class ScriptGuard {
    private static final Set<String> STARTS = Set.of(
            // the database setting of H2ProjectStores.url (commits written before they return), scripted by SCRIPT
            "SET WRITE_DELAY",
            "CREATE USER",
            "CREATE CACHED",
            "CREATE MEMORY",
            "CREATE TABLE",
            "ALTER TABLE",
            "CREATE INDEX",
            "CREATE UNIQUE",
            "CREATE SEQUENCE",
            "CREATE SCHEMA",
            "INSERT INTO");
    private static final Set<String> FORBIDDEN = Set.of(
            "ALIAS",
            "TRIGGER",
            "CALL",
            "RUNSCRIPT",
            "SCRIPT",
            "LINKED",
            "FILE_READ",
            "FILE_WRITE",
            "CSVREAD",
            "CSVWRITE",
            "LINK_SCHEMA",
            "JAVA_OBJECT",
            "CONSTANT",
            "AGGREGATE",
            "DOMAIN",
            "FUNCTION",
            "SHUTDOWN",
            "BACKUP",
            "EXECUTE",
            "GRANT");
    private static final int MAX_WORD = 200;

    private ScriptGuard() {}

    /**
     * {@code scriptPassword}: the script is encrypted as H2's {@code SCRIPT ... CIPHER AES PASSWORD}
     * writes it; it is read through H2's own decrypting file store (same key derivation), so the
     * check sees exactly what RUNSCRIPT will run, and no plaintext copy touches the disk.
     */
    static String problem(Path script, char[] scriptPassword) throws IOException {
        if (scriptPassword == null) {
            try (BufferedReader in = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
                return new Scan(in).run();
            }
        }
        org.h2.store.FileStore store;
        try {
            store = org.h2.store.FileStore.open(
                    null,
                    script.toString(),
                    "r",
                    "AES",
                    org.h2.security.SHA256.getKeyPasswordHash(
                            "script", scriptPassword.clone())); // H2 zeroes what it is given
            store.init();
        } catch (org.h2.message.DbException e) {
            return "its database script cannot be decrypted ("
                    + e.getMessage().lines().findFirst().orElse("") + ")";
        }
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(
                new org.h2.store.FileStoreInputStream(store, false, true), StandardCharsets.UTF_8))) {
            return new Scan(in).run();
        } finally {
            store.closeSilently();
        }
    }

    /** A small lexer: words outside literals, statement by statement. */
    private static final class Scan {
        private final BufferedReader in;
        private final StringBuilder word = new StringBuilder();
        private final StringBuilder start = new StringBuilder();
        private int wordsInStatement;
        private int statements;

        Scan(BufferedReader in) {
            this.in = in;
        }

        String run() throws IOException {
            int c;
            while ((c = in.read()) >= 0) {
                String p;
                if (c == '\'' || c == '"') {
                    p = endWord();
                    skipQuoted(c);
                } else if (c == '-' && peek() == '-') {
                    p = endWord();
                    skipLine();
                } else if (c == '/' && peek() == '*') {
                    p = endWord();
                    skipBlock();
                } else if (c == '$' && peek() == '$') {
                    return "dollar-quoted text, which H2's SCRIPT does not write";
                } else if (Character.isLetterOrDigit(c) || c == '_') {
                    word.append((char) c);
                    p = word.length() > MAX_WORD ? "a word longer than " + MAX_WORD + " characters" : null;
                } else {
                    p = endWord();
                    if (p == null && c == ';') {
                        p = endStatement();
                    }
                }
                if (p != null) {
                    return p;
                }
            }
            String p = endWord();
            return p != null ? p : statements == 0 ? "no statements" : null;
        }

        private String endWord() {
            if (word.isEmpty()) {
                return null;
            }
            String w = word.toString().toUpperCase(Locale.ROOT);
            word.setLength(0);
            if (FORBIDDEN.contains(w)) {
                return "it contains " + w + ", which a Caravan backup never does";
            }
            if (wordsInStatement++ < 2 && !Character.isDigit(w.charAt(0))) {
                start.append(start.isEmpty() ? "" : " ").append(w);
                if (wordsInStatement == 2 && !STARTS.contains(start.toString())) {
                    return "it contains a statement starting '" + start + "', which a Caravan backup never does";
                }
            }
            return null;
        }

        private String endStatement() {
            if (wordsInStatement == 1) {
                return "it contains a statement '" + start + "', which a Caravan backup never does";
            }
            if (wordsInStatement > 0) {
                statements++;
            }
            wordsInStatement = 0;
            start.setLength(0);
            return null;
        }

        private int peek() throws IOException {
            in.mark(1);
            int c = in.read();
            in.reset();
            return c;
        }

        private void skipQuoted(int quote) throws IOException {
            int c;
            while ((c = in.read()) >= 0) {
                if (c == quote) {
                    if (peek() != quote) {
                        return;
                    }
                    in.read(); // a doubled quote stays inside
                }
            }
        }

        private void skipLine() throws IOException {
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                // comment
            }
        }

        private void skipBlock() throws IOException {
            int prev = 0;
            int c;
            while ((c = in.read()) >= 0 && !(prev == '*' && c == '/')) {
                prev = c;
            }
        }
    }
}
