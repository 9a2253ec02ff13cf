package org.caravanqda.gui.workbench;

import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.caravanqda.app.live.ChangeFollower;
import org.caravanqda.app.live.OthersWork;
import org.caravanqda.gui.common.FailureLine;
import org.caravanqda.gui.transcript.CodingMark;
import org.caravanqda.gui.transcript.Transcript;

/**
 * Other coders' work in this window, live (issue #20, ADR 0031). The project hints when someone
 * else may have written (a server project's LISTEN; a folder project never does); then, at most once
 * per {@value #COALESCE_MILLIS} ms, the change log is read from this window's cursor on the job
 * thread. When other coders wrote, the window reads its state again as after its own changes (the
 * open transcript keeps its place and selection, the codebook its selection; counts, documents and
 * memos follow; a search shown is run again, which catches the index up) and the status bar says in
 * one line who did what. A coding of this window still being saved stays shown meanwhile.
 */
final class LiveUpdates {
    /** Hints closer together than this make one look at the change log. */
    static final long COALESCE_MILLIS = 300;

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final WorkbenchViewModel vm;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile long lastLook = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(COALESCE_MILLIS);
    private volatile String me;
    private volatile ChangeFollower follower;
    private String lastFailure;

    private LiveUpdates(WorkbenchViewModel vm) {
        this.vm = vm;
        this.me = vm.coderProperty().get();
        vm.coderProperty().addListener((o, a, b) -> me = b);
    }

    /**
     * Starts following the project for {@code vm}: the cursor is taken on the job thread before any
     * later job (the window's first read among them), so nothing written meanwhile is missed.
     */
    static LiveUpdates follow(WorkbenchViewModel vm) {
        LiveUpdates live = new LiveUpdates(vm);
        vm.jobs()
                .submit(
                        (p, c) -> vm.project().followChanges(),
                        f -> {
                            live.follower = f;
                            vm.project().watchChanges(live::hint);
                        },
                        e -> vm.statusProperty().set(FailureLine.of("Following the others' changes", e)));
        return live;
    }

    /** From the watch's thread: look soon, once for a burst of hints. */
    private void hint() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        long wait = lastLook + TimeUnit.MILLISECONDS.toNanos(COALESCE_MILLIS) - System.nanoTime();
        TIMER.schedule(this::look, Math.max(0, wait), TimeUnit.NANOSECONDS);
    }

    private void look() {
        queued.set(false); // a hint from now on asks for another look
        lastLook = System.nanoTime();
        ChangeFollower f = follower;
        String self = me;
        vm.jobs().submit((p, c) -> f.next(coder -> coder.equals(self)), this::show, this::failed);
    }

    /** On the UI thread: read the window's state again when others wrote, and say what they did. */
    private void show(OthersWork work) {
        lastFailure = null;
        if (work.isEmpty()) {
            return;
        }
        java.util.concurrent.atomic.AtomicReference<Transcript> before =
                new java.util.concurrent.atomic.AtomicReference<>();
        vm.<Void>change(
                (p, c) -> null,
                r -> before.set(vm.transcript().transcriptProperty().get()),
                r -> {
                    keep(before.get());
                    vm.memosIfMade().ifPresent(m -> m.refresh());
                    vm.statusProperty().set(work.summary());
                },
                this::failed);
    }

    /**
     * Shows again the codings of this window still being saved (optimistic coding, ADR 0028: a
     * negative id) that were shown {@code before} the state was replaced and that a read made before
     * their write left out: they do not flicker away; the write's own read replaces them.
     */
    private void keep(Transcript before) {
        Transcript now = vm.transcript().transcriptProperty().get();
        if (before == null || now == null || !before.name().equals(now.name())) {
            return;
        }
        List<CodingMark> saving =
                before.codings().stream().filter(m -> m.id() < 0).toList();
        for (CodingMark m : saving) {
            if (!vm.transcript().transcriptProperty().get().codings().contains(m)) {
                vm.transcript().showPending(m);
            }
        }
    }

    /** One line, once: a server that is away is retried by the watch, which hints again when it is back. */
    private void failed(Throwable e) {
        String line = FailureLine.of("Reading the others' changes", e);
        if (!line.equals(lastFailure)) {
            lastFailure = line;
            vm.statusProperty().set(line);
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "caravan-live-updates");
            thread.setDaemon(true);
            return thread;
        });
        t.setKeepAliveTime(1, TimeUnit.SECONDS);
        t.allowCoreThreadTimeOut(true);
        return t;
    }
}
