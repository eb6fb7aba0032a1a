package io.ignis.runtime.node;

import com.esotericsoftware.kryo.kryo5.Kryo;
import com.esotericsoftware.kryo.kryo5.Serializer;
import com.esotericsoftware.kryo.kryo5.io.Input;
import com.esotericsoftware.kryo.kryo5.io.Output;
import io.ignis.runtime.code.CodePiece;
import io.ignis.runtime.serial.Encoded;
import io.ignis.runtime.store.ObjectId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hand-written wire forms of the messages on the task hot path (batches, task submissions, results,
 * actor calls), registered with fixed ids: field by field, no reflection, no class names. The rarer
 * messages use Kryo's record serializer.
 */
final class MessageSerializers {
    private MessageSerializers() {}

    static void register(Kryo kryo) {
        int id = 100;
        kryo.register(Message.Batch.class, new BatchSerializer(), id++);
        kryo.register(Message.SubmitTask.class, new SubmitSerializer(), id++);
        kryo.register(Message.TaskDone.class, new DoneSerializer(), id++);
        kryo.register(Message.ActorCall.class, new ActorCallSerializer(), id++);
        for (Class<?> type : new Class<?>[] {Message.TaskError.class, Message.CancelTask.class, Message.CreateActor.class,
                Message.KillActor.class, Message.Subscribe.class, Message.ObjectReady.class, Message.FreeObjects.class,
                Message.ReserveBundle.class, Message.BundleReply.class, Message.ReleaseBundle.class, Message.Arg.class,
                Message.Return.class, ObjectId.class, ArrayList.class, HashMap.class, UUID.class,
                Placement.LoadReport.class, Message.StoreReplica.class, Message.ReplicaStored.class,
                Message.TaskForwarded.class, Message.JobCode.class, Message.Piece.class, CodePiece.class,
                Message.ObjectLost.class, Message.Borrow.class, Message.AdoptActor.class, Message.CopyHeld.class,
                Message.DropCopies.class, Message.CopiesDropped.class}) {
            kryo.register(type, id++);
        }
        kryo.register(Encoded.class, new EncodedSerializer(), id++);
    }

    /** An {@link Encoded} inside the rarer messages: its format and bytes (a receiver sums them again if it needs to). */
    private static final class EncodedSerializer extends Serializer<Encoded> {
        @Override
        public void write(Kryo kryo, Output out, Encoded encoded) {
            writeEncoded(out, encoded);
        }

        @Override
        public Encoded read(Kryo kryo, Input in, Class<? extends Encoded> type) {
            return readEncoded(in);
        }
    }

    static void writeEncoded(Output out, Encoded encoded) {
        out.writeByte(encoded.format());
        out.writeVarInt(encoded.bytes().length, true);
        out.writeBytes(encoded.bytes());
    }

    static Encoded readEncoded(Input in) {
        byte format = in.readByte();
        return new Encoded(format, in.readBytes(in.readVarInt(true)));
    }

    static void writeString(Output out, String s) {
        out.writeString(s);
    }

    static void writeUuid(Output out, UUID id) {
        out.writeBoolean(id != null);
        if (id != null) {
            out.writeLong(id.getMostSignificantBits());
            out.writeLong(id.getLeastSignificantBits());
        }
    }

    static UUID readUuid(Input in) {
        return in.readBoolean() ? new UUID(in.readLong(), in.readLong()) : null;
    }

    static void writeArgs(Output out, List<Message.Arg> args) {
        out.writeVarInt(args.size(), true);
        for (Message.Arg arg : args) {
            if (arg.ref() == null) {
                out.writeBoolean(false);
                writeEncoded(out, arg.value());
            } else {
                out.writeBoolean(true);
                HandleSerializers.writeId(out, arg.ref());
                writeUuid(out, arg.location());
            }
        }
    }

    static List<Message.Arg> readArgs(Input in) {
        int count = in.readVarInt(true);
        List<Message.Arg> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (in.readBoolean()) {
                args.add(new Message.Arg(null, HandleSerializers.readId(in), readUuid(in)));
            } else {
                args.add(new Message.Arg(readEncoded(in), null, null));
            }
        }
        return args;
    }

    static void writeRequest(Output out, Map<String, Long> request) {
        out.writeVarInt(request.size(), true);
        request.forEach((name, units) -> {
            out.writeString(name);
            out.writeVarLong(units, true);
        });
    }

    static Map<String, Long> readRequest(Input in) {
        int count = in.readVarInt(true);
        Map<String, Long> request = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            request.put(in.readString(), in.readVarLong(true));
        }
        return request;
    }

    private static final class BatchSerializer extends Serializer<Message.Batch> {
        @Override
        public void write(Kryo kryo, Output out, Message.Batch batch) {
            out.writeVarLong(batch.sequence(), true);
            out.writeVarInt(batch.messages().size(), true);
            for (Message message : batch.messages()) {
                kryo.writeClassAndObject(out, message);
            }
        }

        @Override
        public Message.Batch read(Kryo kryo, Input in, Class<? extends Message.Batch> type) {
            long sequence = in.readVarLong(true);
            int count = in.readVarInt(true);
            List<Message> messages = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                messages.add((Message) kryo.readClassAndObject(in));
            }
            return new Message.Batch(sequence, messages);
        }
    }

    private static final class SubmitSerializer extends Serializer<Message.SubmitTask> {
        @Override
        public void write(Kryo kryo, Output out, Message.SubmitTask m) {
            HandleSerializers.writeId(out, m.taskId());
            out.writeString(m.name());
            out.writeVarInt(m.function().length, true);
            out.writeBytes(m.function());
            writeArgs(out, m.args());
            writeRequest(out, m.request());
            out.writeVarInt(m.numReturns(), true);
            out.writeString(m.bundle());
            out.writeVarInt(m.attempt(), true);
            out.writeVarInt(m.hops(), true);
            out.writeBoolean(m.pinned());
            writeUuid(out, m.job());
            out.writeByte(m.storage().ordinal());
        }

        @Override
        public Message.SubmitTask read(Kryo kryo, Input in, Class<? extends Message.SubmitTask> type) {
            ObjectId taskId = HandleSerializers.readId(in);
            String name = in.readString();
            byte[] function = in.readBytes(in.readVarInt(true));
            return new Message.SubmitTask(taskId, name, function, readArgs(in), readRequest(in), in.readVarInt(true),
                    in.readString(), in.readVarInt(true), in.readVarInt(true), in.readBoolean(), readUuid(in),
                    io.ignis.api.ObjectStorage.values()[in.readByte()]);
        }
    }

    private static final class DoneSerializer extends Serializer<Message.TaskDone> {
        @Override
        public void write(Kryo kryo, Output out, Message.TaskDone m) {
            HandleSerializers.writeId(out, m.taskId());
            out.writeVarInt(m.returns().size(), true);
            for (Message.Return r : m.returns()) {
                out.writeBoolean(r.inline() != null);
                if (r.inline() != null) {
                    writeEncoded(out, r.inline());
                }
                out.writeVarLong(r.size(), true);
            }
        }

        @Override
        public Message.TaskDone read(Kryo kryo, Input in, Class<? extends Message.TaskDone> type) {
            ObjectId taskId = HandleSerializers.readId(in);
            int count = in.readVarInt(true);
            List<Message.Return> returns = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Encoded inline = in.readBoolean() ? readEncoded(in) : null;
                returns.add(new Message.Return(inline, in.readVarLong(true)));
            }
            return new Message.TaskDone(taskId, returns);
        }
    }

    private static final class ActorCallSerializer extends Serializer<Message.ActorCall> {
        @Override
        public void write(Kryo kryo, Output out, Message.ActorCall m) {
            HandleSerializers.writeId(out, m.actorId());
            HandleSerializers.writeId(out, m.taskId());
            out.writeString(m.name());
            out.writeVarInt(m.method().length, true);
            out.writeBytes(m.method());
            writeArgs(out, m.args());
            out.writeVarInt(m.numReturns(), true);
        }

        @Override
        public Message.ActorCall read(Kryo kryo, Input in, Class<? extends Message.ActorCall> type) {
            ObjectId actorId = HandleSerializers.readId(in);
            ObjectId taskId = HandleSerializers.readId(in);
            String name = in.readString();
            byte[] method = in.readBytes(in.readVarInt(true));
            return new Message.ActorCall(actorId, taskId, name, method, readArgs(in), in.readVarInt(true));
        }
    }
}
