package io.ignis.rdd.ops;

import io.ignis.api.function.IgnisFunc1;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Small iterator helpers for partition functions (mapping and filtering lazily, as Spark's iterators do). */
public final class Functions {
    private Functions() {}

    /** {@code items} with {@code f} applied to each, lazily; the user's exceptions pass through unchanged. */
    public static <T, U> Iterator<U> map(Iterator<T> items, IgnisFunc1<? super T, ? extends U> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public U next() {
                try {
                    return f.apply(items.next());
                } catch (Exception e) {
                    throw Sneaky.rethrow(e);
                }
            }
        };
    }

    /** The elements of {@code items} for which {@code keep} is true, lazily. */
    public static <T> Iterator<T> filter(Iterator<T> items, IgnisFunc1<? super T, Boolean> keep) {
        return new Iterator<>() {
            private T next;
            private boolean ready;

            @Override
            public boolean hasNext() {
                try {
                    while (!ready && items.hasNext()) {
                        T candidate = items.next();
                        if (keep.apply(candidate)) {
                            next = candidate;
                            ready = true;
                        }
                    }
                } catch (Exception e) {
                    throw Sneaky.rethrow(e);
                }
                return ready;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                T result = next;
                next = null;
                return result;
            }
        };
    }

    /** The concatenation of the iterators {@code f} gives for each element, lazily. */
    public static <T, U> Iterator<U> flatMap(Iterator<T> items, IgnisFunc1<? super T, ? extends Iterator<? extends U>> f) {
        return new Iterator<>() {
            private Iterator<? extends U> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                try {
                    while (!current.hasNext() && items.hasNext()) {
                        current = f.apply(items.next());
                    }
                } catch (Exception e) {
                    throw Sneaky.rethrow(e);
                }
                return current.hasNext();
            }

            @Override
            public U next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** Opens one iterator of a sequence: the i-th parent partition, say. */
    @FunctionalInterface
    public interface IteratorSource<T> {
        Iterator<T> open(int index) throws Exception;
    }

    /** The iterators {@code source} opens for 0 .. count-1, one after another, each opened when reached. */
    public static <T> Iterator<T> concat(int count, IteratorSource<T> source) {
        return new Iterator<>() {
            private int next;
            private Iterator<T> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next < count) {
                    try {
                        current = source.open(next++);
                    } catch (Exception e) {
                        throw Sneaky.rethrow(e);
                    }
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** Rethrows {@code error} unchanged from code that cannot declare it. */
    public static RuntimeException rethrow(Throwable error) {
        return Sneaky.rethrow(error);
    }
}
