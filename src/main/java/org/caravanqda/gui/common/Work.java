package org.caravanqda.gui.common;

import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;

/** Work for the job thread: may report progress and must check the cancellation between steps. */
@FunctionalInterface
public interface Work<T> {
    T run(Progress progress, Cancellation cancellation) throws Exception;
}
