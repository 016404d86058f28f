package dev.newsgraph.reading;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of one input, read one ahead: a reader of many items (JSON Lines, WARC) says only how
 * to get the next one ({@link #advance}, null at the end) and gets an ordered, lazy stream that
 * closes its source when closed. Not thread-safe.
 */
abstract class ReadAhead implements Iterator<ReadResult> {
    private ReadResult next;
    private boolean fetched;

    /** The next item, or null when there is none. */
    protected abstract ReadResult advance();

    @Override
    public final boolean hasNext() {
        if (!fetched) {
            next = advance();
            fetched = true;
        }
        return next != null;
    }

    @Override
    public final ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        fetched = false;
        return next;
    }

    /** These items as a stream that closes {@code source} when it is closed. */
    final Stream<ReadResult> stream(Closeable source) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        source.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
