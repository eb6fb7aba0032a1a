package io.ignis.shuffle.spill;

import io.ignis.shuffle.ShuffleDataCorruptException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;
import net.jpountz.xxhash.XXHash64;
import net.jpountz.xxhash.XXHashFactory;

/**
 * The unit shuffle data is written in, on disk (spilled runs) and on the wire (blocks): a batch of
 * serialized records, LZ4-compressed, behind a 24-byte header (partition, record count, raw and
 * compressed lengths, and an xxHash64 of the compressed bytes seeded with the other header fields).
 * Reading checks everything before a byte is decompressed, so a flipped bit, a truncated file or a
 * wrong length is a {@link ShuffleDataCorruptException}, never records.
 */
public final class Frames {
    static final int HEADER_BYTES = 24;
    /** No frame is larger (the writers cut frames far below it); a larger length is corruption. */
    private static final int MAX_FRAME_BYTES = 1 << 30;
    private static final long SEED = 0x5348554646L; // "SHUFF"
    private static final LZ4Compressor COMPRESSOR = LZ4Factory.fastestInstance().fastCompressor();
    private static final LZ4SafeDecompressor DECOMPRESSOR = LZ4Factory.fastestInstance().safeDecompressor();
    private static final XXHash64 HASH = XXHashFactory.fastestInstance().hash64();

    private Frames() {}

    /** One frame read back: the partition its records belong to, how many there are, and their serialized bytes. */
    public record Frame(int partition, int records, byte[] raw) {}

    /** Writes {@code raw[0, rawLength)}, the serialized form of {@code records} records of {@code partition}, as one frame. */
    public static void write(OutputStream out, int partition, int records, byte[] raw, int rawLength) throws IOException {
        byte[] compressed = new byte[HEADER_BYTES + COMPRESSOR.maxCompressedLength(rawLength)];
        int compressedLength = COMPRESSOR.compress(raw, 0, rawLength, compressed, HEADER_BYTES);
        long checksum = HASH.hash(compressed, HEADER_BYTES, compressedLength, seed(partition, records, rawLength, compressedLength));
        ByteBuffer.wrap(compressed, 0, HEADER_BYTES).putInt(partition).putInt(records).putInt(rawLength)
                .putInt(compressedLength).putLong(checksum);
        out.write(compressed, 0, HEADER_BYTES + compressedLength);
    }

    /**
     * The next frame of {@code in}, checked and decompressed; null if {@code in} ends where a frame
     * would start. {@code source} names the file or block in the error of a corrupt frame.
     */
    public static Frame read(InputStream in, String source) throws IOException {
        byte[] header = new byte[HEADER_BYTES];
        int got = readFully(in, header, HEADER_BYTES);
        if (got == 0) {
            return null;
        }
        if (got < HEADER_BYTES) {
            throw new ShuffleDataCorruptException(source + ": truncated frame header (" + got + " of " + HEADER_BYTES + " bytes)");
        }
        ByteBuffer fields = ByteBuffer.wrap(header);
        int partition = fields.getInt();
        int records = fields.getInt();
        int rawLength = fields.getInt();
        int compressedLength = fields.getInt();
        long checksum = fields.getLong();
        if (records < 0 || rawLength < 0 || rawLength > MAX_FRAME_BYTES || compressedLength < 0 || compressedLength > MAX_FRAME_BYTES) {
            throw new ShuffleDataCorruptException(source + ": frame header out of range (" + records + " records, "
                    + rawLength + " raw bytes, " + compressedLength + " compressed)");
        }
        byte[] compressed = new byte[compressedLength];
        int body = readFully(in, compressed, compressedLength);
        if (body < compressedLength) {
            throw new ShuffleDataCorruptException(source + ": truncated frame (" + body + " of " + compressedLength + " bytes)");
        }
        if (HASH.hash(compressed, 0, compressedLength, seed(partition, records, rawLength, compressedLength)) != checksum) {
            throw new ShuffleDataCorruptException(source + ": frame checksum mismatch (partition " + partition + ", "
                    + records + " records)");
        }
        byte[] raw = new byte[rawLength];
        try {
            int length = DECOMPRESSOR.decompress(compressed, 0, compressedLength, raw, 0);
            if (length != rawLength) {
                throw new ShuffleDataCorruptException(source + ": frame decompressed to " + length + " bytes, not " + rawLength);
            }
        } catch (LZ4Exception e) {
            throw new ShuffleDataCorruptException(source + ": frame does not decompress: " + e.getMessage(), e);
        }
        return new Frame(partition, records, raw);
    }

    /**
     * Checks the checksum of every frame in {@code frames} (a whole sequence of them) without
     * decompressing; returns how many records they hold. Throws {@link ShuffleDataCorruptException}
     * on any mismatch.
     */
    public static long check(byte[] frames, String source) {
        ByteBuffer in = ByteBuffer.wrap(frames);
        long records = 0;
        while (in.hasRemaining()) {
            if (in.remaining() < HEADER_BYTES) {
                throw new ShuffleDataCorruptException(source + ": truncated frame header");
            }
            int partition = in.getInt();
            int count = in.getInt();
            int rawLength = in.getInt();
            int compressedLength = in.getInt();
            long checksum = in.getLong();
            if (count < 0 || rawLength < 0 || compressedLength < 0 || compressedLength > in.remaining()) {
                throw new ShuffleDataCorruptException(source + ": frame header out of range");
            }
            if (HASH.hash(frames, in.position(), compressedLength, seed(partition, count, rawLength, compressedLength)) != checksum) {
                throw new ShuffleDataCorruptException(source + ": frame checksum mismatch (" + count + " records)");
            }
            in.position(in.position() + compressedLength);
            records += count;
        }
        return records;
    }

    private static long seed(int partition, int records, int rawLength, int compressedLength) {
        long mixed = SEED;
        for (int field : new int[] {partition, records, rawLength, compressedLength}) {
            mixed = mixed * 0x9E3779B97F4A7C15L + field;
        }
        return mixed;
    }

    private static int readFully(InputStream in, byte[] into, int length) throws IOException {
        int got = 0;
        while (got < length) {
            int n = in.read(into, got, length - got);
            if (n < 0) {
                break;
            }
            got += n;
        }
        return got;
    }
}
