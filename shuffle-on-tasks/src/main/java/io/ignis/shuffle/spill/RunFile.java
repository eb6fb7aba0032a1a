package io.ignis.shuffle.spill;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sorted run spilled to local disk: frames ({@link Frames}) of records in the order written, each
 * frame holding records of one partition. Written once by a {@link Writer}, read once in order by a
 * {@link Reader}, then deleted.
 */
record RunFile(Path path, long records, long bytes) {
    /** Target heap size of one frame's records: what a reader holds per run while merging. */
    static final long FRAME_HEAP_BYTES = 128 * 1024;

    /** Records per frame for records of about {@code recordBytes} heap bytes each. */
    static int recordsPerFrame(double recordBytes) {
        return (int) Math.max(16, Math.min(65_536, FRAME_HEAP_BYTES / Math.max(1.0, recordBytes)));
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete spill file " + path, e);
        }
    }

    /** Writes records, cutting a frame when it is full or the partition changes; closing it unfinished deletes the file. */
    static final class Writer implements Closeable {
        private final Path path;
        private final RecordCodec codec;
        private final int recordsPerFrame;
        private final OutputStream out;
        private final List<Object> batch = new ArrayList<>();
        private int batchPartition;
        private long records;
        private boolean finished;

        Writer(Path path, RecordCodec codec, int recordsPerFrame) {
            this.path = path;
            this.codec = codec;
            this.recordsPerFrame = recordsPerFrame;
            try {
                this.out = new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create spill file " + path, e);
            }
        }

        void add(int partition, Object record) {
            if (!batch.isEmpty() && (partition != batchPartition || batch.size() >= recordsPerFrame)) {
                flush();
            }
            batchPartition = partition;
            batch.add(record);
            records++;
        }

        private void flush() {
            byte[] raw = codec.encode(batch.toArray());
            try {
                Frames.write(out, batchPartition, batch.size(), raw, raw.length);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write spill file " + path, e);
            }
            batch.clear();
        }

        /** Writes what is left and closes the file. */
        RunFile finish() {
            if (!batch.isEmpty()) {
                flush();
            }
            closeStream();
            finished = true;
            try {
                return new RunFile(path, records, Files.size(path));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the size of spill file " + path, e);
            }
        }

        /** Without {@link #finish} first (a failure while writing), deletes the partial file. */
        @Override
        public void close() {
            if (!finished) {
                finished = true;
                try {
                    closeStream();
                } finally {
                    new RunFile(path, records, 0).delete();
                }
            }
        }

        private void closeStream() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write spill file " + path, e);
            }
        }
    }

    /** Reads a run's records back in order, one frame in memory at a time; the partition of the next record is known ahead. */
    static final class Reader implements Closeable {
        private final RunFile run;
        private final RecordCodec codec;
        private final InputStream in;
        private Object[] frame = new Object[0];
        private int framePartition;
        private int position;
        private boolean ended;

        Reader(RunFile run, RecordCodec codec) {
            this.run = run;
            this.codec = codec;
            try {
                this.in = new BufferedInputStream(Files.newInputStream(run.path()), 64 * 1024);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open spill file " + run.path(), e);
            }
        }

        boolean hasNext() {
            while (position == frame.length && !ended) {
                Frames.Frame next;
                try {
                    next = Frames.read(in, "spill file " + run.path());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read spill file " + run.path(), e);
                }
                if (next == null) {
                    ended = true;
                    frame = new Object[0];
                } else {
                    frame = codec.decode(next.raw());
                    if (frame.length != next.records()) {
                        throw new io.ignis.shuffle.ShuffleDataCorruptException("spill file " + run.path() + ": frame of "
                                + next.records() + " records decoded to " + frame.length);
                    }
                    framePartition = next.partition();
                }
                position = 0;
            }
            return !ended;
        }

        /** The partition of the next record (call {@link #hasNext} first). */
        int partition() {
            return framePartition;
        }

        /** The next record without consuming it (call {@link #hasNext} first). */
        Object peek() {
            return frame[position];
        }

        Object next() {
            Object record = frame[position];
            frame[position++] = null;
            return record;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close spill file " + run.path(), e);
            }
        }
    }
}
