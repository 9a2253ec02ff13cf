package org.caravanqda.cli;

import java.io.PrintWriter;
import org.caravanqda.app.job.Progress;

/** Progress on stderr, at most a few lines a second, always the last step. */
final class StderrProgress implements Progress {
    private final PrintWriter err;
    private long lastPrint;

    StderrProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(String message, long done, long total) {
        long now = System.nanoTime();
        boolean last = total >= 0 && done >= total;
        if (!last && now - lastPrint < 250_000_000L) {
            return;
        }
        lastPrint = now;
        err.println(total > 0 ? String.format("[%d/%d] %s", done, total, message) : message);
        err.flush();
    }
}
