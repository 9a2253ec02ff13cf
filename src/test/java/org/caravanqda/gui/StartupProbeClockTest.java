package org.caravanqda.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The window's start-up probe measures from the process's start: on Linux from /proc, where Java's own start
 * instant was up to a second off (the boot time it adds is in whole seconds).
 */
class StartupProbeClockTest {
    @Test
    void theStartTimeIsField22EvenWhenTheCommandNameHasSpacesAndParentheses() {
        String stat = "4279 (my (odd) java) S 4236 4236 29523 0 -1 4194304 129 0 0 0 0 0 0 0 20 0 1 0 8069837 3133440";

        assertThat(StartupProbe.startTicks(stat)).isEqualTo(8069837L);
    }

    @Test
    void theProcessStartedBeforeThisJvmsUptimeAndNotLongBefore() {
        assumeTrue(
                Files.isReadable(Path.of("/proc/self/stat")), "no /proc on this system: the probe uses Java's clock");
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();

        long since = StartupProbe.sinceStart();

        // /proc counts in 10 ms ticks; the JVM's uptime starts a little after the process did
        assertThat(since).isBetween(uptime - 20, uptime + 5_000);
    }
}
