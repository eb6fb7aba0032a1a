package io.ignis.runtime.node;

import io.ignis.runtime.code.CodePiece;
import io.ignis.runtime.serial.Encoded;
import io.ignis.runtime.store.ObjectId;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What nodes say to each other. Sent in ordered batches by the {@link Messenger}. */
sealed interface Message extends Serializable {

    /** A task argument on the wire: a value, or a ref with the node that holds the object if known. */
    record Arg(Encoded value, ObjectId ref, UUID location) implements Serializable {}

    /** A return object on the wire: inline if small, else held by the sender. */
    record Return(Encoded inline, long size) implements Serializable {}

    /** Owner to executor: run this task of {@code job} (see {@link Jobs}); its results go to the task's owner. */
    record SubmitTask(ObjectId taskId, String name, byte[] function, List<Arg> args, Map<String, Long> request,
                      int numReturns, String bundle, int attempt, int hops, boolean pinned, UUID job,
                      io.ignis.api.ObjectStorage storage) implements Message {}

    /** Executor to owner: the task's return objects. */
    record TaskDone(ObjectId taskId, List<Return> returns) implements Message {}

    /** Executor to owner: the task failed ({@code cancelled}: because it was cancelled). */
    record TaskError(ObjectId taskId, String message, byte[] error, boolean cancelled) implements Message {}

    /** Executor to owner: this task was passed on to {@code executor} (spillback). */
    record TaskForwarded(ObjectId taskId, UUID executor) implements Message {}

    /** Owner to executor: cancel this task. */
    record CancelTask(ObjectId taskId) implements Message {}

    /** Creator to host: create this actor of {@code job} here. */
    record CreateActor(ObjectId actorId, UUID creator, String name, byte[] constructor, List<Arg> args,
                       Map<String, Long> request, int maxConcurrency, boolean detached, String bundle, UUID job,
                       int restartsLeft, int maxTaskRetries) implements Message {}

    /**
     * Host to guardian: the creator of this detached actor left; restart it when the host dies, as
     * its creator would have ({@code actor} is how it was created, {@code restartsLeft} included).
     */
    record AdoptActor(CreateActor actor, UUID host) implements Message {}

    /** Caller to host: call a method of an actor; results go to the caller. */
    record ActorCall(ObjectId actorId, ObjectId taskId, String name, byte[] method, List<Arg> args, int numReturns)
            implements Message {}

    /** Anyone to host: kill the actor. */
    record KillActor(ObjectId actorId) implements Message {}

    /** Borrower to owner: tell me when this object exists, and where. */
    record Subscribe(ObjectId id) implements Message {}

    /** Owner to borrower: the object exists (inline or at {@code location}) or failed. */
    record ObjectReady(ObjectId id, Encoded inline, UUID location, long size, String errorMessage, byte[] error)
            implements Message {}

    /** Owner to node: keep a copy of this put object (see {@code IgnisRuntime.put(value, replicas)}). */
    record StoreReplica(ObjectId id, Encoded value, UUID job) implements Message {}

    /** Node to owner: the copy is stored. */
    record ReplicaStored(ObjectId id) implements Message {}

    /** Borrower to owner: this node now holds refs to the object ({@code delta} 1), or none any more (-1). */
    record Borrow(ObjectId id, int delta) implements Message {}

    /**
     * To the owner: the object held on node {@code at} (null: on the sender) is lost or unusable
     * ({@code cause} says how); make it again. {@code dropped}: it was dropped to make room (memory-only
     * storage), which does not count as a retry of its task.
     */
    record ObjectLost(ObjectId id, String cause, boolean dropped, UUID at) implements Message {}

    /** Borrower to owner: this node holds a copy of the object that others may fetch ({@code held}), or no longer does. */
    record CopyHeld(ObjectId id, boolean held) implements Message {}

    /**
     * Node to node: drop your copy of this object, its owner keeps it (see {@code NodeCache.dropCopies});
     * if {@code request} is not -1, answer with {@link CopiesDropped}.
     */
    record DropCopies(ObjectId id, long request) implements Message {}

    /** Node to the node that asked: this node's copy of the object of {@code request} is dropped. */
    record CopiesDropped(long request) implements Message {}

    /** Drop these objects (freed by their owner, or no longer referenced). */
    record FreeObjects(List<ObjectId> ids) implements Message {}

    /** Creator to node: reserve a placement-group bundle here. */
    record ReserveBundle(String bundle, Map<String, Long> request, long requestId) implements Message {}

    /** Node to creator: whether the bundle was reserved. */
    record BundleReply(long requestId, boolean reserved) implements Message {}

    /** Creator to node: give a bundle's resources back. */
    record ReleaseBundle(String bundle) implements Message {}

    /** A piece of a job's code, and the id its sender serves it under (fetched like an object). */
    record Piece(CodePiece code, ObjectId fetchId) implements Serializable {}

    /** Sender of a job's work to its executor: the job's code pieces the executor has not been told of yet. */
    record JobCode(UUID job, List<Piece> pieces) implements Message {}

    /** One send: a numbered list of messages from one node to another. */
    record Batch(long sequence, List<Message> messages) implements Serializable {}
}
