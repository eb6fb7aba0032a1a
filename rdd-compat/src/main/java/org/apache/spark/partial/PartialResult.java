package org.apache.spark.partial;

import scala.Function1;
import scala.Option;
import scala.runtime.BoxedUnit;

/**
 * The answer of an approximate action ({@code countApprox}, {@code countByKeyApprox}...): an
 * initial value available at once and a final value that arrives later, or a failure. Spark
 * returns a rough initial value after the timeout; Ignis answers approximate actions exactly, so
 * the results it makes are final from the start ({@link #isInitialValueFinal()} is true and
 * {@link #getFinalValue()} does not wait). The class still behaves as Spark's when a value is
 * set later: {@code getFinalValue} blocks until {@link #setFinalValue} or {@link #setFailure},
 * and handlers given to {@link #onComplete}/{@link #onFail} run once the outcome is known.
 */
public class PartialResult<R> {
    private final R initialValue;
    private final boolean isFinal;
    private boolean hasFinalValue;
    private R finalValue;
    private Exception failure;
    private Function1<R, BoxedUnit> completionHandler;
    private Function1<Exception, BoxedUnit> failureHandler;

    public PartialResult(R initialValue, boolean isFinal) {
        this.initialValue = initialValue;
        this.isFinal = isFinal;
        if (isFinal) {
            this.hasFinalValue = true;
            this.finalValue = initialValue;
        }
    }

    public R initialValue() {
        return initialValue;
    }

    public boolean isInitialValueFinal() {
        return isFinal;
    }

    /**
     * The final value, waiting for it if need be; throws the failure (unchecked, as Spark's
     * Scala code does) when the computation failed.
     */
    public synchronized R getFinalValue() {
        while (!hasFinalValue && failure == null) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PartialResult.<RuntimeException>sneaky(e);
            }
        }
        if (hasFinalValue) {
            return finalValue;
        }
        throw PartialResult.<RuntimeException>sneaky(failure);
    }

    /**
     * Runs {@code handler} with the final value once it is known (at once if it is); may be
     * called once. Returns this result.
     */
    public synchronized PartialResult<R> onComplete(Function1<R, BoxedUnit> handler) {
        if (completionHandler != null) {
            throw new UnsupportedOperationException("onComplete cannot be called twice");
        }
        completionHandler = handler;
        if (hasFinalValue) {
            handler.apply(finalValue);
        }
        return this;
    }

    /** Runs {@code handler} with the failure once there is one (at once if there is); may be called once. */
    public synchronized void onFail(Function1<Exception, BoxedUnit> handler) {
        if (failureHandler != null) {
            throw new UnsupportedOperationException("onFail cannot be called twice");
        }
        failureHandler = handler;
        if (failure != null) {
            handler.apply(failure);
        }
    }

    /** A result whose values are this one's passed through {@code function}. */
    public <T> PartialResult<T> map(Function1<R, T> function) {
        return new Mapped<>(this, function);
    }

    /** Sets the final value (for the engine); wakes waiters and runs the completion handler. */
    public synchronized void setFinalValue(R value) {
        if (hasFinalValue) {
            throw new UnsupportedOperationException("setFinalValue called twice on a PartialResult");
        }
        hasFinalValue = true;
        finalValue = value;
        if (completionHandler != null) {
            completionHandler.apply(value);
        }
        notifyAll();
    }

    /** Sets the failure (for the engine); wakes waiters and runs the failure handler. */
    public synchronized void setFailure(Exception exception) {
        if (failure != null) {
            throw new UnsupportedOperationException("setFailure called twice on a PartialResult");
        }
        failure = exception;
        if (failureHandler != null) {
            failureHandler.apply(exception);
        }
        notifyAll();
    }

    /** The final value if it is known yet. */
    synchronized Option<R> finalValueSoFar() {
        return hasFinalValue ? Option.apply(finalValue) : Option.empty();
    }

    @Override
    public synchronized String toString() {
        Option<R> value = finalValueSoFar();
        return value.isDefined() ? "(final: " + value.get() + ")" : "(partial: " + initialValue() + ")";
    }

    // Scala code throws checked exceptions freely; getFinalValue keeps Spark's signature (no throws).
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable error) throws E {
        throw (E) error;
    }

    /** A view of a source result through a function: its outcome is the source's. */
    private static final class Mapped<S, T> extends PartialResult<T> {
        private final PartialResult<S> source;
        private final Function1<S, T> function;

        Mapped(PartialResult<S> source, Function1<S, T> function) {
            super(function.apply(source.initialValue()), source.isInitialValueFinal());
            this.source = source;
            this.function = function;
        }

        @Override
        public T getFinalValue() {
            return function.apply(source.getFinalValue());
        }

        @Override
        public PartialResult<T> onComplete(Function1<T, BoxedUnit> handler) {
            source.onComplete(value -> handler.apply(function.apply(value)));
            return this;
        }

        @Override
        public void onFail(Function1<Exception, BoxedUnit> handler) {
            source.onFail(handler);
        }

        @Override
        Option<T> finalValueSoFar() {
            Option<S> value = source.finalValueSoFar();
            return value.isDefined() ? Option.apply(function.apply(value.get())) : Option.empty();
        }
    }
}
