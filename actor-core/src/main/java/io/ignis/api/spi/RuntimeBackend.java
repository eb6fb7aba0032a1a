package io.ignis.api.spi;

import io.ignis.api.ActorHandle;
import io.ignis.api.ActorOptions;
import io.ignis.api.ObjectRef;
import io.ignis.api.TaskOptions;
import io.ignis.api.function.IgnisFunction;
import java.util.List;

/** The three submissions every typed call overload ends in; implemented by the runtime. */
public interface RuntimeBackend {
    /** Submits a task; returns {@code options.numReturns()} refs. */
    List<ObjectRef<?>> submitTask(IgnisFunction function, Object[] args, TaskOptions options);

    /** Creates an actor by running {@code constructor(args)} on a node. */
    <A> ActorHandle<A> createActor(IgnisFunction constructor, Object[] args, ActorOptions options);

    /** Calls {@code method(actor, args...)} on the actor; returns {@code options.numReturns()} refs. */
    List<ObjectRef<?>> submitActorTask(ActorHandle<?> actor, IgnisFunction method, Object[] args, TaskOptions options);
}
