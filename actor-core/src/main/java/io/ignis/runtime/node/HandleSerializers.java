package io.ignis.runtime.node;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.io.Input;
import com.esotericsoftware.kryo.kryo5.io.Output;
import io.ignis.runtime.serial.Serializer;
import io.ignis.runtime.store.ObjectId;
import java.util.UUID;

/**
 * Kryo serializers that send refs and actor handles as ids and bind them to the reading node. Refs
 * and handles inside objects that Java serialization writes take another way to the same end (see
 * {@link ObjectRefImpl#writeReplace}), finding the node under {@link #NODE_KEY}.
 */
final class HandleSerializers {
    /** Key of the node in each of its Kryo instances' context. */
    static final String NODE_KEY = "ignis.node";

    private HandleSerializers() {}

    /** The node whose serializer is running Java serialization on this thread, if any. */
    static Node javaSerializationNode() {
        return (Node) Serializer.javaContext(NODE_KEY);
    }

    /** True if Java serialization on this thread runs for a serializability check (nothing is sent). */
    static boolean javaSerializationIsCheck() {
        return Serializer.javaContext(Serializer.CHECK_ONLY) != null;
    }

    static void register(Kryo kryo, Node node) {
        kryo.getContext().put(NODE_KEY, node);
        kryo.addDefaultSerializer(ObjectRefImpl.class, new RefSerializer(node));
        kryo.addDefaultSerializer(ActorHandleImpl.class, new ActorSerializer(node));
        kryo.addDefaultSerializer(ObjectId.class, new IdSerializer());
        MessageSerializers.register(kryo);
    }

    static void writeId(Output output, ObjectId id) {
        output.writeLong(id.owner().getMostSignificantBits());
        output.writeLong(id.owner().getLeastSignificantBits());
        output.writeVarLong(id.sequence(), true);
    }

    static ObjectId readId(Input input) {
        return new ObjectId(new UUID(input.readLong(), input.readLong()), input.readVarLong(true));
    }

    private static final class IdSerializer extends com.esotericsoftware.kryo.kryo5.Serializer<ObjectId> {
        IdSerializer() {
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output output, ObjectId id) {
            writeId(output, id);
        }

        @Override
        public ObjectId read(Kryo kryo, Input input, Class<? extends ObjectId> type) {
            return readId(input);
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class RefSerializer extends com.esotericsoftware.kryo.kryo5.Serializer<ObjectRefImpl> {
        private final Node node;

        RefSerializer(Node node) {
            this.node = node;
        }

        @Override
        public void write(Kryo kryo, Output output, ObjectRefImpl ref) {
            writeId(output, ref.objectId);
            if (kryo.getGraphContext().get(Serializer.CHECK_ONLY) == null) {
                node.objects().sent(ref);
            }
        }

        @Override
        public ObjectRefImpl read(Kryo kryo, Input input, Class<? extends ObjectRefImpl> type) {
            return node.objects().bind(readId(input), null);
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class ActorSerializer extends com.esotericsoftware.kryo.kryo5.Serializer<ActorHandleImpl> {
        private final Node node;

        ActorSerializer(Node node) {
            this.node = node;
        }

        @Override
        public void write(Kryo kryo, Output output, ActorHandleImpl handle) {
            writeId(output, handle.actorId);
            output.writeLong(handle.host.getMostSignificantBits());
            output.writeLong(handle.host.getLeastSignificantBits());
            output.writeBoolean(handle.restartable);
            output.writeVarInt(handle.maxTaskRetries, false);
        }

        @Override
        public ActorHandleImpl read(Kryo kryo, Input input, Class<? extends ActorHandleImpl> type) {
            ObjectId id = readId(input);
            UUID host = new UUID(input.readLong(), input.readLong());
            return new ActorHandleImpl<>(id, host, input.readBoolean(), input.readVarInt(false), node);
        }
    }
}
