package org.apache.spark.input;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.input.CombineFileSplit;

/**
 * One file of {@code binaryFiles}, not yet read: it carries the Hadoop configuration and the split
 * naming the file (as bytes, so it can be shipped and kept), and opens the file only when
 * {@link #open()} or {@link #toArray()} is called, wherever that happens.
 */
public class PortableDataStream implements Serializable {
    private static final long serialVersionUID = 1L;

    private final byte[] configurationBytes;
    private final byte[] splitBytes;
    private final int index;
    private final String path;
    private transient Configuration configuration;
    private transient CombineFileSplit split;

    /** File {@code index} of {@code isplit}, read under {@code context}'s configuration. */
    public PortableDataStream(CombineFileSplit isplit, TaskAttemptContext context, Integer index) {
        this.index = index;
        this.split = isplit;
        this.configuration = context.getConfiguration();
        try {
            this.configurationBytes = toBytes(out -> configuration.write(out));
            this.splitBytes = toBytes(isplit::write);
        } catch (IOException e) {
            throw sneaky(e);
        }
        this.path = isplit.getPath(index).toString();
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] toBytes(Writer writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        }
        return bytes.toByteArray();
    }

    private synchronized CombineFileSplit split() throws IOException {
        if (split == null) {
            CombineFileSplit read = new CombineFileSplit();
            read.readFields(new DataInputStream(new ByteArrayInputStream(splitBytes)));
            split = read;
        }
        return split;
    }

    /** The Hadoop configuration the file is read with. */
    public Configuration getConfiguration() {
        synchronized (this) {
            if (configuration == null) {
                Configuration read = new Configuration(false);
                try {
                    read.readFields(new DataInputStream(new ByteArrayInputStream(configurationBytes)));
                } catch (IOException e) {
                    throw sneaky(e);
                }
                configuration = read;
            }
            return configuration;
        }
    }

    /** Opens the file; the caller closes the stream. */
    public DataInputStream open() {
        try {
            Path file = split().getPath(index);
            return file.getFileSystem(getConfiguration()).open(file);
        } catch (IOException e) {
            throw sneaky(e);
        }
    }

    /** The whole file's bytes. */
    public byte[] toArray() {
        try (DataInputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw sneaky(e);
        }
    }

    /** Throws {@code error} unchanged, as Spark's Scala code does with the IOExceptions these methods do not declare. */
    private static RuntimeException sneaky(Throwable error) {
        throw PortableDataStream.<RuntimeException>cast(error);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E cast(Throwable error) throws E {
        throw (E) error;
    }

    /** The file's path, as Hadoop writes it ({@code file:/...}, {@code hdfs://...}). */
    public String getPath() {
        return path;
    }
}
