package org.caravanqda;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.util.function.Supplier;
import org.caravanqda.app.common.LogFolder;

/**
 * Logback's configuration, in code (found through ServiceLoader; no XML is parsed at start): warnings
 * and errors go to {@code caravan.log} in {@link LogFolder}, rolled over at 2 MB with four old files
 * kept. The file is created on the first event only, so a command that logs nothing writes nothing.
 * Nothing of ours logs transcript text: failures are logged through {@code app.common.Redacted}, and a
 * library's messages are withheld ({@link LogEntries}).
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        // the file and its folder are made by the first entry: a command that logs nothing writes nothing
        FirstEntryOpens lazy =
                new FirstEntryOpens(() -> rollingFile(context, LogFolder.path().toString()), context);
        lazy.setContext(context);
        lazy.setName("caravan.log");
        lazy.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(lazy);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static Appender<ILoggingEvent> rollingFile(LoggerContext context, String folder) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n%ex");
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("file");
        file.setFile(folder + "/caravan.log");
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/caravan.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(4);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("2MB"));
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder);
        file.start();
        return file;
    }

    /** Builds its appender on the first event it receives, and passes on each event as {@link LogEntries} allows. */
    private static final class FirstEntryOpens extends AppenderBase<ILoggingEvent> {
        private final Supplier<Appender<ILoggingEvent>> open;
        private final LoggerContext context;
        private Appender<ILoggingEvent> target;

        FirstEntryOpens(Supplier<Appender<ILoggingEvent>> open, LoggerContext context) {
            this.open = open;
            this.context = context;
        }

        @Override
        protected void append(ILoggingEvent event) { // AppenderBase.doAppend holds the lock
            if (target == null) {
                target = open.get();
            }
            target.doAppend(LogEntries.loggable(event, context));
        }

        @Override
        public void stop() {
            super.stop();
            if (target != null) {
                target.stop();
            }
        }
    }
}
