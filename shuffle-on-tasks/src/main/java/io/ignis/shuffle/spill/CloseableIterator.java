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
        return closing(records, () -> { });
    }

    /** {@code records}, closing {@code owner} (once) when they run out or when closed. */
    static <T> CloseableIterator<T> closing(Iterator<T> records, Runnable owner) {
        return new CloseableIterator<>() {
            private boolean closed;

            @Override
            public boolean hasNext() {
                if (closed) {
                    return false;
                }
                if (records.hasNext()) {
                    return true;
                }
                close();
                return false;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return records.next();
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    owner.run();
                }
            }
        };
    }
}
