package org.caravanqda.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.Project;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.imports.ImportReport;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;

/**
 * One import of the bench corpus into a fresh project, timed by the wall clock and by the CPU the
 * whole process used meanwhile (indexing threads, the JIT compiler and GC included). On a shared
 * machine the CPU figure varies less than the wall time, so it is the one to compare changes by.
 * The JIT's share is reported apart: on two cores the compiler of a fresh process takes most of
 * one core during the first import, which is why it is slower than the second.
 */
record TimedImport(ImportReport report, double seconds, double cpuSeconds, double compileSeconds, double peakHeapMb) {

    static TimedImport run(Project project, Path corpus, Progress progress) {
        HeapSampler.reset();
        long cpu0 = processCpuNanos();
        long compile0 = compileMillis();
        long t0 = System.nanoTime();
        ImportReport r = project.imports()
                .importFiles(List.of(corpus), new ImportOptions("ru", null, "bench"), progress, Cancellation.none());
        double seconds = (System.nanoTime() - t0) / 1e9;
        long cpu1 = processCpuNanos();
        long compile1 = compileMillis();
        double cpu = cpu0 < 0 ? -1 : (cpu1 - cpu0) / 1e9;
        double compile = compile0 < 0 ? -1 : (compile1 - compile0) / 1e3;
        return new TimedImport(r, seconds, cpu, compile, HeapSampler.peakMb());
    }

    void put(Map<String, Double> metrics, String prefix, double mb) {
        metrics.put(prefix + "seconds", BenchService.round(seconds));
        metrics.put(prefix + "cpuSeconds", BenchService.round(cpuSeconds));
        metrics.put(prefix + "compileSeconds", BenchService.round(compileSeconds));
        metrics.put(prefix + "mbPerSecond", BenchService.round(mb / seconds));
        metrics.put(
                prefix + "documentsPerSecond",
                BenchService.round(report.documents().size() / seconds));
        metrics.put(prefix + "wordsPerSecond", BenchService.round(report.words() / seconds));
        metrics.put(prefix + "peakHeapMb", BenchService.round(peakHeapMb));
    }

    /** Time the JIT compilers spent compiling so far, summed over their threads, or -1 where the JVM does not say. */
    private static long compileMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /** CPU time of the whole process, or -1 where the JVM does not say. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
