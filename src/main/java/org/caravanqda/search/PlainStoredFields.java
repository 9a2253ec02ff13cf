package org.caravanqda.search;

import java.io.IOException;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Stored-field chunks written as they are. LZ4 took about 5% of a first import's samples (docs/performance.md) to
 * halve values that are short turns, names and numbers; the store holds the text anyway, and the index is derived.
 */
final class PlainStoredFields extends CompressionMode {
    static final PlainStoredFields MODE = new PlainStoredFields();

    private PlainStoredFields() {}

    @Override
    public Compressor newCompressor() {
        return new Compressor() {
            @Override
            public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
                out.copyBytes(in, in.length());
            }

            @Override
            public void close() {
                // holds nothing
            }
        };
    }

    @Override
    public Decompressor newDecompressor() {
        return new Copy();
    }

    @Override
    public String toString() {
        return "plain";
    }

    /** Reads a chunk's bytes up to the end of the wanted value; the reader seeks to each chunk itself. */
    private static final class Copy extends Decompressor {
        @Override
        public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes)
                throws IOException {
            if (bytes.bytes.length < offset + length) {
                bytes.bytes = new byte[ArrayUtil.oversize(originalLength, 1)];
            }
            in.readBytes(bytes.bytes, 0, offset + length);
            bytes.offset = offset;
            bytes.length = length;
        }

        @Override
        public Decompressor clone() {
            return this;
        }
    }
}
