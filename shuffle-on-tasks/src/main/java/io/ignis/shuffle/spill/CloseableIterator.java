package io.ignis.shuffle.spill;

import java.util.Iterator;

/**
 * An iterator over records that may hold files and memory: {@link #close} deletes the spill files
 * and gives back the memory. It also closes itself when it runs out, so reading to the end is
 * enough; a reader that stops early closes it.
 */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {
    @Override
    void close();

    /** An iterator over {@code records} holding nothing to free. */
    static <T> CloseableIterator<T> of(Iterator<T> records) {
        return new CloseableIterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public T next() {
                return records.next();
            }

            @Override
            public void close() {}
        };
    }
}
