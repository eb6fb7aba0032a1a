package io.ignis.broadcast;

import static java.util.Objects.requireNonNull;

import java.util.function.Predicate;

/**
 * Where a call came from, the way Spark records a broadcast's destroy site: the method of the
 * library that was called, and the file and line of the code that called it
 * ({@code "destroy at Job.java:42"}). A wrapper that adds frames of its own (an API in another
 * library's packages) names them as internal too, so its own frames are skipped.
 */
public final class CallSite {
    private CallSite() {}

    /**
     * The first frame of the calling thread's stack whose class {@code internal} does not accept,
     * as {@code "<method> at <file>:<line>"} with the method of the internal frame just above it;
     * {@code "unknown"} if every frame is internal.
     */
    public static String outside(Predicate<String> internal) {
        requireNonNull(internal, "internal is null");
        return StackWalker.getInstance().walk(frames -> {
            String calledMethod = null;
            for (StackWalker.StackFrame frame : (Iterable<StackWalker.StackFrame>) frames::iterator) {
                String className = frame.getClassName();
                if (className.equals(CallSite.class.getName())) {
                    continue;
                }
                if (internal.test(className)) {
                    calledMethod = frame.getMethodName();
                    continue;
                }
                String where = frame.getFileName() + ":" + frame.getLineNumber();
                return calledMethod == null ? where : calledMethod + " at " + where;
            }
            return "unknown";
        });
    }
}
