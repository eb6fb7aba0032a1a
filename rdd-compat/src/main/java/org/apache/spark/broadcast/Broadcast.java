package org.apache.spark.broadcast;

import io.ignis.broadcast.BroadcastDestroyedException;
import io.ignis.broadcast.BroadcastValue;
import io.ignis.broadcast.CallSite;
import io.ignis.rdd.ops.Functions;
import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkException;
import scala.reflect.ClassTag;

/**
 * Spark's broadcast variable: a read-only value every task can read, sent to each node once. On
 * Ignis it is one object in the object store ({@link BroadcastValue}): a node fetches it at most
 * once, from any node that already has it, and keeps it until {@link #unpersist} or {@link #destroy}.
 * Using a destroyed broadcast fails with Spark's {@code SparkException}.
 */
public abstract class Broadcast<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;

    public Broadcast(long id, ClassTag<T> evidence) {
        this.id = id;
    }

    /** Broadcasts {@code value} from {@code sc}'s runtime (Ignis's own factory; Spark's is internal). */
    public static <T> Broadcast<T> create(SparkContext sc, T value) {
        long id = sc.ignis().newBroadcastId();
        return new ObjectStoreBroadcast<>(id, BroadcastValue.create(sc.ignis().runtime(), id, value));
    }

    public long id() {
        return id;
    }

    public T value() {
        assertValid();
        return getValue();
    }

    public void unpersist() {
        unpersist(false);
    }

    public void unpersist(boolean blocking) {
        assertValid();
        doUnpersist(blocking);
    }

    public void destroy() {
        destroy(false);
    }

    public void destroy(boolean blocking) {
        assertValid();
        doDestroy(blocking);
    }

    public abstract boolean isValid();

    public abstract T getValue();

    public abstract void doUnpersist(boolean blocking);

    public abstract void doDestroy(boolean blocking);

    public abstract void assertValid();

    @Override
    public String toString() {
        return "Broadcast(" + id + ")";
    }

    /** The broadcast over one object-store object. */
    private static final class ObjectStoreBroadcast<T> extends Broadcast<T> {
        private static final long serialVersionUID = 1L;

        private final BroadcastValue<T> value;

        ObjectStoreBroadcast(long id, BroadcastValue<T> value) {
            super(id, null);
            this.value = value;
        }

        @Override
        public boolean isValid() {
            return value.isValid();
        }

        @Override
        public T getValue() {
            try {
                return value.value();
            } catch (BroadcastDestroyedException e) {
                throw Functions.rethrow(new SparkException(e.getMessage(), e));
            }
        }

        @Override
        public void doUnpersist(boolean blocking) {
            value.unpersist(blocking);
        }

        @Override
        public void doDestroy(boolean blocking) {
            value.destroy(blocking, CallSite.outside(name -> name.startsWith("org.apache.spark.") || name.equals(BroadcastValue.class.getName())));
        }

        @Override
        public void assertValid() {
            if (!value.isValid()) {
                try {
                    value.value();
                } catch (BroadcastDestroyedException e) {
                    throw Functions.rethrow(new SparkException(e.getMessage(), e));
                }
            }
        }
    }
}
