package org.caravanqda.app.common;

/**
 * A failure as it may be logged: the exception classes and stack frames of the original chain, with every
 * message replaced by its length. Messages can quote transcripts (a quote not found, an SQL value, a
 * file's first line), and the log must never hold the words of the people interviewed.
 */
public final class Redacted extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_CAUSES = 20;

    private final String originalClass;

    private Redacted(Throwable original, int depth) {
        super(
                original.getClass().getName() + describe(original.getMessage()),
                original.getCause() != null && original.getCause() != original && depth < MAX_CAUSES
                        ? new Redacted(original.getCause(), depth + 1)
                        : null,
                false,
                true);
        this.originalClass = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    /** The loggable form of {@code failure}. */
    public static Redacted of(Throwable failure) {
        return failure instanceof Redacted r ? r : new Redacted(failure, 0);
    }

    /** The class of the exception this stands for. */
    public String originalClass() {
        return originalClass;
    }

    private static String describe(String message) {
        return message == null ? "" : " (message of " + message.length() + " characters withheld)";
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
