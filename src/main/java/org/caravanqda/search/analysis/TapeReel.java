package org.caravanqda.search.analysis;

/**
 * The storage an indexing thread's recorder lends to the tape of each value it records, reused value after value: a
 * tape of its own per value grew its arrays by copying, about 1.9 GB of garbage in a 1,000-file import
 * (docs/performance.md). A tape is played right after its recording, before the thread records the next value; a
 * tape whose recording a later one overwrote is no longer complete, so {@code exact} then analyses its value itself.
 */
final class TapeReel {
    char[] chars = new char[256];
    int[] tokens = new int[64 * TokenTape.FIELDS];
    /** Counts the recordings made on this reel: the last one is the only one still on it. */
    int recordings;
}
