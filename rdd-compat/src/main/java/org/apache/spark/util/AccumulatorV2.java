package org.apache.spark.util;

import io.ignis.rdd.TaskAccumulator;
import io.ignis.rdd.TaskScope;
import java.io.IOException;
import java.io.ObjectInputStream;
import org.apache.spark.SparkContext;
import scala.Option;

/**
 * Spark's accumulator base: registered with a context on the driver; each task that reads it in
 * a closure gets its own zeroed copy (made when the closure is serialized), adds to it, and the
 * copy goes back with the task's result to be merged into the driver's accumulator.
 */
public abstract class AccumulatorV2<IN, OUT> implements TaskAccumulator {
    private static final long serialVersionUID = 1L;

    private long id = -1;
    private Option<String> name = Option.empty();
    private boolean countFailedValues;
    private boolean atDriverSide = true;

    public AccumulatorV2() {}

    /** Registers with {@code sc}: task copies of this accumulator are merged into it. */
    public void register(SparkContext sc, Option<String> name, boolean countFailedValues) {
        if (isRegistered()) {
            throw new IllegalStateException("Cannot register an Accumulator twice.");
        }
        this.id = sc.ignis().newAccumulatorId();
        this.name = name;
        this.countFailedValues = countFailedValues;
        sc.ignis().registerAccumulator(this);
    }

    public final boolean isRegistered() {
        return id >= 0;
    }

    public final long id() {
        if (!isRegistered()) {
            throw new IllegalStateException("Accumulator must be registered before send to executor");
        }
        return id;
    }

    public final Option<String> name() {
        return name;
    }

    public final boolean countFailedValues() {
        return countFailedValues;
    }

    public boolean excludeFromHeartbeat() {
        return false;
    }

    public final boolean isAtDriverSide() {
        return atDriverSide;
    }

    public abstract boolean isZero();

    /** A zeroed copy (the default copies then resets). */
    public AccumulatorV2<IN, OUT> copyAndReset() {
        AccumulatorV2<IN, OUT> copy = copy();
        copy.reset();
        return copy;
    }

    public abstract AccumulatorV2<IN, OUT> copy();

    public abstract void reset();

    public abstract void add(IN value);

    public abstract void merge(AccumulatorV2<IN, OUT> other);

    public abstract OUT value();

    public AccumulatorV2<IN, OUT> withBufferSerialized() {
        return this;
    }

    @Override
    public final long accumulatorId() {
        return id;
    }

    @Override
    @SuppressWarnings("unchecked")
    public final void mergeTaskCopy(TaskAccumulator copy) {
        merge((AccumulatorV2<IN, OUT>) copy);
    }

    /** Sent from the driver, an accumulator travels as a zeroed copy carrying the same id, as in Spark. */
    public final Object writeReplace() {
        if (!atDriverSide) {
            return this;
        }
        if (!isRegistered()) {
            throw new UnsupportedOperationException("Accumulator must be registered before send to executor");
        }
        AccumulatorV2<IN, OUT> copy = copyAndReset();
        if (!copy.isZero()) {
            throw new IllegalStateException("copyAndReset must return a zero value copy");
        }
        copy.id = id;
        copy.name = name;
        copy.countFailedValues = countFailedValues;
        return copy;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (atDriverSide) {
            atDriverSide = false;
            TaskScope scope = TaskScope.current();
            if (scope != null) {
                scope.register(this);
            }
        } else {
            atDriverSide = true;
        }
    }

    @Override
    public String toString() {
        if (!isRegistered()) {
            return "Un-registered Accumulator: " + getClass().getSimpleName();
        }
        return getClass().getSimpleName() + "(id: " + id + ", name: " + name + ", value: " + value() + ")";
    }
}
