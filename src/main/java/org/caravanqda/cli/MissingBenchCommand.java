package org.caravanqda.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Stands in for {@code caravan bench} when the benchmark harness is not on the class path. */
@Command(name = "bench", hidden = true, description = "Benchmarks (in caravan-bench.jar, not in this jar).")
final class MissingBenchCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Unmatched
    java.util.List<String> ignored;

    MissingBenchCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ctx.err()
                .println("caravan: the benchmark harness is not part of this jar; build it with "
                        + "`mvn -B -DskipTests package` and run `java -jar target/caravan-bench.jar bench ...` "
                        + "(docs/performance.md)");
        return 1;
    }
}
