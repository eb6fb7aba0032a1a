package io.ignis.api.function;

import java.io.Serializable;

/**
 * A function the runtime can ship and run: a serializable lambda or method reference of one of the
 * typed shapes {@code IgnisFunc0..7} / {@code IgnisFuncVoid0..7}. {@link #call} applies it to an
 * argument array, so the runtime invokes every shape the same way, without reflection.
 */
public interface IgnisFunction extends Serializable {
    /** How many arguments {@link #call} expects. */
    int arity();

    /** Applies the function to {@code args} (length {@link #arity()}); void functions return null. */
    Object call(Object[] args) throws Exception;
}
