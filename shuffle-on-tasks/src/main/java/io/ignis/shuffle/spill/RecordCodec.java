package io.ignis.shuffle.spill;

import io.ignis.api.IgnisRuntime;

/**
 * How a batch of records becomes the bytes of one frame and back. The runtime's serializer (Kryo,
 * with the running job's classes) does it, each batch a graph of its own, so a frame reads back
 * without the ones before it.
 */
public interface RecordCodec {
    byte[] encode(Object[] records);

    Object[] decode(byte[] bytes);

    /** Batches through {@code runtime}'s serializer. */
    static RecordCodec of(IgnisRuntime runtime) {
        return new RecordCodec() {
            @Override
            public byte[] encode(Object[] records) {
                return runtime.serialize(records, "shuffle records");
            }

            @Override
            public Object[] decode(byte[] bytes) {
                return (Object[]) runtime.deserialize(bytes);
            }
        };
    }
}
