package io.ignis.rdd.compat;

import io.ignis.rdd.Persistence;
import io.ignis.rdd.Rdd;
import org.apache.spark.storage.StorageLevel;

/** Spark's storage levels as the engine's {@link Persistence}, and back. */
public final class Levels {
    private Levels() {}

    public static void persist(Rdd<?> rdd, StorageLevel level) {
        if (level.equals(StorageLevel.NONE())) {
            return;
        }
        rdd.persist(new Persistence(level.useDisk(), level.useMemory(), level.useOffHeap(), level.deserialized(), level.replication()));
    }

    public static StorageLevel of(Rdd<?> rdd) {
        Persistence persistence = rdd.persistence();
        if (persistence == null) {
            return StorageLevel.NONE();
        }
        return StorageLevel.apply(persistence.useDisk(), persistence.useMemory(), persistence.useOffHeap(),
                persistence.deserialized(), persistence.replication());
    }
}
