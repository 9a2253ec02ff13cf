package org.caravanqda.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.job.Cancellation;
import org.junit.jupiter.api.Test;

/** The import's reads on several threads give what one thread reading in order gave. */
class ParallelReadsTest {
    @Test
    void resultsComeBackInTheFilesOrderFromMoreThanOneThread() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> announced = Collections.synchronizedList(new ArrayList<>());
        List<String> out = inOrder(
                200,
                i -> {
                    threads.add(Thread.currentThread().getName());
                    sleepMillis((200 - i) % 7); // later files finish first now and then
                    return "file " + i;
                },
                announced::add,
                Cancellation.none());

        assertThat(out).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(out.get(i)).isEqualTo("file " + i);
        }
        assertThat(announced)
                .as("progress, in order, on the calling thread")
                .isSorted()
                .hasSize(200);
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThat(threads).allMatch(n -> n.equals("caravan-reader"));
        }
    }

    @Test
    void theFirstFailingFileInOrderIsTheOneReportedEvenWhenALaterOneFailsFirst() {
        CountDownLatch laterFailed = new CountDownLatch(1);
        assertThatThrownBy(() -> inOrder(
                        20,
                        i -> {
                            if (i == 9) {
                                laterFailed.countDown();
                                throw new CaravanException("file 10 of 20: not UTF-8");
                            }
                            if (i == 3) {
                                await(laterFailed);
                                throw new CaravanException("file 4 of 20: empty");
                            }
                            return i;
                        },
                        i -> {},
                        Cancellation.none()))
                .isInstanceOf(CaravanException.class)
                .hasMessage("file 4 of 20: empty");
    }

    @Test
    void aCancelStopsTheWaitForASlowFile() {
        Cancellation cancel = new Cancellation();
        CountDownLatch slow = new CountDownLatch(1);
        long t0 = System.nanoTime();
        try {
            assertThatThrownBy(() -> inOrder(
                            4,
                            i -> {
                                if (i == 0) {
                                    cancel.cancel();
                                    await(slow); // a file that does not finish before the cancel is seen
                                }
                                return i;
                            },
                            i -> {},
                            cancel))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("cancelled");
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan(30);
        } finally {
            slow.countDown();
        }
    }

    @Test
    void aFailureLeavesTheReadUnderWayUninterrupted() throws Exception {
        assumeTrue(
                Math.min(3, Runtime.getRuntime().availableProcessors()) >= 2,
                "one core: the files are read on the calling thread, one after another");
        CountDownLatch secondStarted = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        assertThatThrownBy(() -> inOrder(
                        3,
                        i -> {
                            if (i == 0) {
                                await(secondStarted);
                                throw new CaravanException("file 1 of 3: b1.docx is not a valid .docx file");
                            }
                            if (i == 1) {
                                secondStarted.countDown();
                                try {
                                    closed.await(); // still reading when the import stops
                                } catch (InterruptedException e) {
                                    interrupted.set(true);
                                } finally {
                                    secondDone.countDown();
                                }
                            }
                            return i;
                        },
                        i -> {},
                        Cancellation.none()))
                .hasMessage("file 1 of 3: b1.docx is not a valid .docx file");
        closed.countDown();
        assertThat(secondDone.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(interrupted)
                .as("an interrupt reaches a library's set-up and prints its stack trace")
                .isFalse();
    }

    @Test
    void filesAreReadOnlyAFewAheadOfTheOneTaken() throws Exception {
        java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
        int ahead = Math.min(100, Runtime.getRuntime().availableProcessors()) * ParallelReads.AHEAD_PER_THREAD;
        try (ParallelReads<Integer> reads = ParallelReads.start(
                100,
                i -> {
                    started.incrementAndGet();
                    return i;
                },
                Cancellation.none())) {
            assertThat(reads.take()).isZero();
            Thread.sleep(200); // time for the threads to read all they are allowed to
            assertThat(started.get()).as("parsed files held in memory at once").isLessThanOrEqualTo(ahead + 1);
            for (int i = 1; i < 100; i++) {
                assertThat(reads.take()).isEqualTo(i);
            }
        }
        assertThat(started.get()).isEqualTo(100);
    }

    @Test
    void oneFileIsReadOnTheCallingThread() {
        List<String> out = inOrder(1, i -> Thread.currentThread().getName(), i -> {}, Cancellation.none());
        assertThat(out).containsExactly(Thread.currentThread().getName());
    }

    /** Every result taken in order, {@code before} called on this thread ahead of each take, as an import does. */
    private static <T> List<T> inOrder(
            int count,
            java.util.function.IntFunction<T> read,
            java.util.function.IntConsumer before,
            Cancellation cancel) {
        List<T> out = new ArrayList<>(count);
        try (ParallelReads<T> reads = ParallelReads.start(count, read, cancel)) {
            for (int i = 0; i < count; i++) {
                before.accept(i);
                out.add(reads.take());
            }
        }
        return out;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleepMillis(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
