package io.ignis.rdd.random;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.ToIntFunction;

/**
 * Yields each item of an underlying iterator as many times as a count function says (zero drops
 * it), asking for the count only when iteration reaches the item, so random draws happen in the
 * same order as Spark's lazy {@code filter}/{@code flatMap} iterators.
 */
final class RepeatingIterator<T> implements Iterator<T> {
    private final Iterator<T> items;
    private final ToIntFunction<? super T> copies;
    private T current;
    private int remaining;

    RepeatingIterator(Iterator<T> items, ToIntFunction<? super T> copies) {
        this.items = requireNonNull(items, "items is null");
        this.copies = requireNonNull(copies, "copies is null");
    }

    @Override
    public boolean hasNext() {
        while (remaining <= 0) {
            if (!items.hasNext()) {
                current = null;
                return false;
            }
            current = items.next();
            remaining = copies.applyAsInt(current);
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        remaining--;
        return current;
    }
}
