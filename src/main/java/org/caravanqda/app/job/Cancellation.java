package org.caravanqda.app.job;

import java.util.concurrent.atomic.AtomicBoolean;
import org.caravanqda.app.common.CaravanException;

/** A cancel flag long work checks between steps; cancelling rolls the work's transaction back. */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws when cancelled, so the surrounding transaction rolls back. */
    public void check() {
        if (cancelled.get()) {
            throw new CaravanException("cancelled; nothing was changed");
        }
    }
}
