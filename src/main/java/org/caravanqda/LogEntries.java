package org.caravanqda;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import org.caravanqda.app.common.Redacted;

/**
 * What a log entry may carry into {@code caravan.log} (ADR 0016). Caravan's own entries are written
 * through {@link Redacted} already; a library's message is its own text, and can name what it was
 * reading when it failed: POI logs "Error in zip file" with the path of an interview's .docx, and a
 * file name can be a participant's name. So a library's message is withheld (its logger, level and
 * thread stay, which is what a bug report needs to find the place), and every exception is written as
 * its classes and frames only.
 */
final class LogEntries {
    private static final String OURS = "org.caravanqda.";

    private LogEntries() {}

    static ILoggingEvent loggable(ILoggingEvent event, LoggerContext context) {
        boolean ours = event.getLoggerName().startsWith(OURS);
        Throwable failure = event.getThrowableProxy() instanceof ThrowableProxy proxy ? proxy.getThrowable() : null;
        boolean failureSafe = failure == null || failure instanceof Redacted;
        if (ours && failureSafe) {
            return event;
        }
        String message = event.getFormattedMessage();
        LoggingEvent out = new LoggingEvent(
                LogEntries.class.getName(),
                context.getLogger(event.getLoggerName()),
                event.getLevel(),
                ours ? message : withheld(message),
                failure == null ? null : Redacted.of(failure),
                null);
        out.setThreadName(event.getThreadName());
        out.setInstant(event.getInstant());
        return out;
    }

    private static String withheld(String message) {
        return "(message of " + (message == null ? 0 : message.length()) + " characters withheld)";
    }
}
