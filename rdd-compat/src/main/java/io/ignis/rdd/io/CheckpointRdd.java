package io.ignis.rdd.io;

import static java.util.Objects.requireNonNull;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import io.ignis.rdd.Split;
import io.ignis.rdd.TaskScope;
import io.ignis.shuffle.Partitioner;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.BlockLocation;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The partitions of a checkpointed RDD, read back from the files {@link ReliableCheckpointer} wrote:
 * partition {@code i} is the file {@code part-0000i} of the checkpoint directory, a Java object
 * stream of its elements. It stands in for the RDD's lineage once the checkpoint is written, and
 * keeps the original's partitioner so that keyed operations still know its placement.
 *
 * <p>A partition file is a Java serialization stream in which every element is preceded by
 * {@code true} and the last one followed by {@code false}, so a file cut short is noticed rather
 * than read as a shorter partition.
 */
public final class CheckpointRdd<T> extends Rdd<T> {
    private static final long serialVersionUID = 1L;
    private static final int BUFFER_SIZE = 64 * 1024;
    /** Elements between stream resets, so the stream's back-reference table does not grow with the partition. */
    private static final int RESET_INTERVAL = 100;

    private final String directory;
    private final SerializableConfiguration conf;
    private final transient Partitioner<?> partitioner;

    /** Reads the checkpoint files in {@code directory}; {@code partitioner} (may be null) is the original RDD's. */
    public CheckpointRdd(RddContext context, String directory, SerializableConfiguration conf, Partitioner<?> partitioner) {
        super(context);
        this.directory = requireNonNull(directory, "directory is null");
        this.conf = requireNonNull(conf, "conf is null");
        this.partitioner = partitioner;
    }

    /** A partition of the checkpoint: only its index, which names its file. */
    record CheckpointSplit(int index) implements Split {}

    public String directory() {
        return directory;
    }

    @Override
    protected Split[] computeSplits() {
        try {
            Path path = new Path(directory);
            FileSystem fs = path.getFileSystem(conf.value());
            List<Path> files = new ArrayList<>();
            for (FileStatus status : fs.listStatus(path)) {
                if (status.getPath().getName().startsWith("part-")) {
                    files.add(status.getPath());
                }
            }
            files.sort(Comparator.comparingInt(file -> partNumber(file)));
            Split[] splits = new Split[files.size()];
            for (int i = 0; i < splits.length; i++) {
                if (!files.get(i).getName().equals(HadoopIds.partFileName(i))) {
                    throw new IOException("Invalid checkpoint file: " + files.get(i));
                }
                splits[i] = new CheckpointSplit(i);
            }
            return splits;
        } catch (IOException e) {
            throw Unchecked.rethrow(e);
        }
    }

    private static int partNumber(Path file) {
        try {
            return Integer.parseInt(file.getName().substring("part-".length()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Invalid checkpoint file: " + file, e);
        }
    }

    /** Reads partition {@code split.index()}; only the index is used, so the original RDD's splits do as well. */
    @Override
    public Iterator<T> compute(Split split, TaskScope scope) throws IOException {
        Path file = new Path(directory, HadoopIds.partFileName(split.index()));
        FileSystem fs = file.getFileSystem(conf.value());
        ObjectInputStream in = new ContextObjectInputStream(new BufferedInputStream(fs.open(file, BUFFER_SIZE), BUFFER_SIZE));
        Elements<T> elements = new Elements<>(file, in);
        scope.addCompletionListener(ended -> elements.close());
        return elements;
    }

    @Override
    public Partitioner<?> partitioner() {
        return partitioner;
    }

    @Override
    public List<String> preferredLocations(Split split) {
        try {
            Path file = new Path(directory, HadoopIds.partFileName(split.index()));
            FileSystem fs = file.getFileSystem(conf.value());
            FileStatus status = fs.getFileStatus(file);
            BlockLocation[] blocks = fs.getFileBlockLocations(status, 0, status.getLen());
            List<String> hosts = new ArrayList<>();
            if (blocks.length > 0) {
                for (String host : blocks[0].getHosts()) {
                    if (!host.equals("localhost")) {
                        hosts.add(host);
                    }
                }
            }
            return List.copyOf(hosts);
        } catch (IOException e) {
            throw Unchecked.rethrow(e);
        }
    }

    /**
     * Writes one partition's elements to {@code file} through a temporary file renamed into place,
     * so a reader never sees a partial file; if another attempt's file got there first, it stays.
     */
    static void writePartition(FileSystem fs, Path file, String attempt, Iterator<?> items) throws IOException {
        Path temporary = new Path(file.getParent(), "." + file.getName() + "-attempt-" + attempt);
        try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(fs.create(temporary, false, BUFFER_SIZE),
                BUFFER_SIZE))) {
            long count = 0;
            while (items.hasNext()) {
                out.writeBoolean(true);
                out.writeObject(items.next());
                if (++count % RESET_INTERVAL == 0) {
                    out.reset();
                }
            }
            out.writeBoolean(false);
        } catch (IOException | RuntimeException | Error e) {
            fs.delete(temporary, false);
            throw e;
        }
        if (!fs.rename(temporary, file)) {
            if (!fs.exists(file)) {
                fs.delete(temporary, false);
                throw new IOException("Checkpoint failed: failed to save output of task attempt " + attempt
                        + " and final output path does not exist: " + file);
            }
            fs.delete(temporary, false);
        }
    }

    /** A partition file's elements, read one at a time; closes the file at its end. */
    private static final class Elements<T> implements Iterator<T> {
        private final Path file;
        private final ObjectInputStream in;
        private boolean known;
        private boolean more;
        private boolean closed;

        Elements(Path file, ObjectInputStream in) {
            this.file = file;
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            if (!known) {
                try {
                    more = in.readBoolean();
                } catch (EOFException e) {
                    close();
                    throw Unchecked.rethrow(new IOException("Checkpoint file " + file + " is incomplete: it ends before its end marker", e));
                } catch (IOException e) {
                    close();
                    throw Unchecked.rethrow(e);
                }
                known = true;
                if (!more) {
                    close();
                }
            }
            return more;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            known = false;
            try {
                return (T) in.readObject();
            } catch (IOException | ClassNotFoundException e) {
                close();
                throw Unchecked.rethrow(e);
            }
        }

        synchronized void close() {
            if (!closed) {
                closed = true;
                try {
                    in.close();
                } catch (IOException ignored) {
                    // everything needed was read
                }
            }
        }
    }
}
