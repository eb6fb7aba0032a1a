package io.ignis.rdd.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapred.JobConf;

/**
 * A Hadoop {@link Configuration} (or {@link JobConf}) that can travel inside a task. Hadoop's
 * configuration is a {@code Writable}, not {@code Serializable}, so this wrapper writes it with its
 * own {@code write} and reads it back with {@code readFields}, keeping whether it was a JobConf.
 * The wrapped object is a snapshot taken when the wrapper is made: later changes to the caller's
 * configuration do not reach tasks, as with Spark's broadcast configuration.
 */
public final class SerializableConfiguration implements Serializable {
    private static final long serialVersionUID = 1L;

    private transient Configuration value;

    /** Wraps a copy of {@code configuration}, so the caller may go on changing its own. */
    public SerializableConfiguration(Configuration configuration) {
        requireNonNull(configuration, "configuration is null");
        this.value = configuration instanceof JobConf jobConf ? new JobConf(jobConf) : new Configuration(configuration);
    }

    /** The wrapped configuration itself; each deserialized copy has its own. */
    public Configuration value() {
        return value;
    }

    /** A fresh copy, for code that changes the configuration it is given. */
    public Configuration copy() {
        return value instanceof JobConf jobConf ? new JobConf(jobConf) : new Configuration(value);
    }

    /** A fresh JobConf copy (the old mapred API wants one). */
    public JobConf jobConf() {
        return new JobConf(value);
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeBoolean(value instanceof JobConf);
        value.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        // Without default resources: every property, defaults included, was written out.
        Configuration read = in.readBoolean() ? new JobConf(false) : new Configuration(false);
        read.readFields(in);
        value = read;
    }
}
