package io.ignis.shuffle;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.Serializer;
import com.esotericsoftware.kryo.kryo5.DefaultSerializer;
import com.esotericsoftware.kryo.kryo5.io.Input;
import com.esotericsoftware.kryo.kryo5.io.Output;
import io.ignis.api.Ignis;
import io.ignis.shuffle.spill.Frames;
import io.ignis.shuffle.spill.RecordCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * What a map task sends one reduce partition: its records for that partition. While on its node a
 * block is a plain list, handed to a reducer there with no copy; a map task whose data passed its
 * memory makes its blocks from spilled runs in encoded form instead (the frames below, kept in
 * memory as bytes, several times smaller than the records), read back a frame at a time.
 *
 * <p>The wire form, which Kryo writes when the block leaves its node or the object store spills it,
 * is batched, LZ4-compressed and checksummed ({@link Frames}): each frame is about 256 KiB of
 * serialized records with an xxHash64. A frame that does not match its checksum fails reading
 * with {@link ShuffleDataCorruptException}; it is never read as records.
 */
@DefaultSerializer(ShuffleBlock.Wire.class)
public final class ShuffleBlock<T> implements Iterable<T>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The records, or null for an encoded block. */
    private final List<T> records;
    /** Frames of records each serialized as a batch by the runtime's serializer, or null. */
    private final byte[] frames;
    private final int size;

    private ShuffleBlock(List<T> records, byte[] frames, int size) {
        this.records = records;
        this.frames = frames;
        this.size = size;
    }

    /** A block of {@code records} (kept, not copied). */
    public static <T> ShuffleBlock<T> of(List<T> records) {
        return new ShuffleBlock<>(Objects.requireNonNull(records, "records is null"), null, records.size());
    }

    /** An encoded block of {@code records}, batched {@code recordsPerFrame} to a frame by {@code codec}. */
    public static <T> ShuffleBlock<T> encode(Iterator<? extends T> records, RecordCodec codec, int recordsPerFrame) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Object> batch = new ArrayList<>();
        int count = 0;
        try {
            while (records.hasNext()) {
                batch.add(records.next());
                count++;
                if (batch.size() >= recordsPerFrame || !records.hasNext()) {
                    byte[] raw = codec.encode(batch.toArray());
                    Frames.write(out, 0, batch.size(), raw, raw.length);
                    batch.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
        }
        return new ShuffleBlock<>(null, out.toByteArray(), count);
    }

    /** How many records the block holds. */
    public int size() {
        return size;
    }

    /** Whether the block is kept encoded (made from spilled runs) rather than as a list. */
    public boolean isEncoded() {
        return frames != null;
    }

    /** Bytes of the encoded frames (0 for a list block). */
    public long encodedBytes() {
        return frames == null ? 0 : frames.length;
    }

    /** The records in order; an encoded block decodes a frame at a time with the current runtime's serializer. */
    @Override
    public Iterator<T> iterator() {
        return records != null ? records.iterator() : iterator(RecordCodec.of(Ignis.current()));
    }

    /** The records in order, an encoded block decoded by {@code codec}. */
    public Iterator<T> iterator(RecordCodec codec) {
        if (records != null) {
            return records.iterator();
        }
        ByteArrayInputStream in = new ByteArrayInputStream(frames);
        return new Iterator<>() {
            private Object[] frame = new Object[0];
            private int position;

            @Override
            public boolean hasNext() {
                while (position == frame.length) {
                    Frames.Frame next;
                    try {
                        next = Frames.read(in, "shuffle block");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (next == null) {
                        return false;
                    }
                    frame = codec.decode(next.raw());
                    position = 0;
                }
                return true;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T record = (T) frame[position];
                frame[position++] = null;
                return record;
            }
        };
    }

    @Override
    public String toString() {
        return "ShuffleBlock(" + size + " records" + (frames == null ? "" : ", " + frames.length + " bytes encoded") + ")";
    }

    /**
     * The wire form: a list block's records written by the writing Kryo in frames of about
     * {@link #FRAME_BYTES} (read back into a list), or an encoded block's frames as they are
     * (checked, kept encoded).
     */
    public static final class Wire extends Serializer<ShuffleBlock<?>> {
        static final int FRAME_BYTES = 256 * 1024;
        private static final byte LIST = 0;
        private static final byte ENCODED = 1;

        @Override
        public void write(Kryo kryo, Output output, ShuffleBlock<?> block) {
            output.writeVarInt(block.size, true);
            if (block.frames != null) {
                output.writeByte(ENCODED);
                output.writeVarInt(block.frames.length, true);
                output.writeBytes(block.frames);
                return;
            }
            output.writeByte(LIST);
            Output batch = new Output(FRAME_BYTES + FRAME_BYTES / 4, -1);
            int inBatch = 0;
            for (Object record : block.records) {
                kryo.writeClassAndObject(batch, record);
                inBatch++;
                if (batch.position() >= FRAME_BYTES) {
                    frame(output, batch, inBatch);
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                frame(output, batch, inBatch);
            }
        }

        private static void frame(Output output, Output batch, int records) {
            try {
                Frames.write(output, 0, records, batch.getBuffer(), batch.position());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            batch.reset();
        }

        @Override
        public ShuffleBlock<?> read(Kryo kryo, Input input, Class<? extends ShuffleBlock<?>> type) {
            int size = input.readVarInt(true);
            byte form = input.readByte();
            if (form == ENCODED) {
                byte[] frames = input.readBytes(input.readVarInt(true));
                long records = Frames.check(frames, "shuffle block");
                if (records != size) {
                    throw new ShuffleDataCorruptException("shuffle block: frames hold " + records + " records, not " + size);
                }
                return new ShuffleBlock<>(null, frames, size);
            }
            if (form != LIST) {
                throw new ShuffleDataCorruptException("shuffle block: unknown form " + form);
            }
            List<Object> records = new ArrayList<>(size);
            while (records.size() < size) {
                Frames.Frame frame;
                try {
                    frame = Frames.read(input, "shuffle block");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (frame == null) {
                    throw new ShuffleDataCorruptException("shuffle block: ends after " + records.size() + " of " + size + " records");
                }
                Input raw = new Input(frame.raw());
                for (int i = 0; i < frame.records(); i++) {
                    records.add(kryo.readClassAndObject(raw));
                }
                if (raw.position() != frame.raw().length) {
                    throw new ShuffleDataCorruptException("shuffle block: a frame's records end before its bytes do");
                }
            }
            if (records.size() != size) {
                throw new ShuffleDataCorruptException("shuffle block: frames hold " + records.size() + " records, not " + size);
            }
            return ShuffleBlock.of(records);
        }
    }
}
