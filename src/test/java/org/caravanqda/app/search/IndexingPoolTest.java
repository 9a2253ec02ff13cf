package org.caravanqda.app.search;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The buffers are written out while the store commits (ImportFeed.allStored): a failure in that writing (a full
 * disk) must come out of the wait after the commit, reported as the derived index's, never out of the queueing
 * before it, where it would undo an import that is otherwise complete. Before the fix it came out of the queueing
 * whenever the first thread's write failed before the second thread's was queued.
 */
class IndexingPoolTest {
    @Test
    void aFailureWritingTheBuffersOutComesOutOfTheWaitNotOutOfTheQueueing() throws Exception {
        AtomicInteger writes = new AtomicInteger();
        SearchIndex fullDisk = (SearchIndex) Proxy.newProxyInstance(
                SearchIndex.class.getClassLoader(), new Class<?>[] {SearchIndex.class}, (proxy, method, args) -> {
                    if (method.getName().equals("flushNextBuffer")) {
                        writes.incrementAndGet();
                        throw new UncheckedIOException(new java.io.IOException("No space left on device"));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        try (IndexingPool pool = new IndexingPool()) {
            pool.writeOutBuffers(fullDisk);
            while (writes.get() == 0) {
                Thread.onSpinWait();
            }
            Thread.sleep(100); // the failed writes are done: queueing more must not throw them

            assertThatCode(() -> pool.writeOutBuffers(fullDisk)).doesNotThrowAnyException();
            assertThatThrownBy(pool::awaitAll)
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("No space left on device");
        }
    }
}
