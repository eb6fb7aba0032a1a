package io.ignis.api.spi;

import io.ignis.api.IgnisRuntime;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The runtimes {@link io.ignis.api.Ignis#init} started that are still open, newest last: what the
 * static facade falls back on outside tasks. The runtime reports its close here.
 */
public final class OpenRuntimes {
    private static final CopyOnWriteArrayList<IgnisRuntime> OPEN = new CopyOnWriteArrayList<>();

    private OpenRuntimes() {}

    public static void opened(IgnisRuntime runtime) {
        OPEN.add(runtime);
    }

    public static void closed(IgnisRuntime runtime) {
        OPEN.remove(runtime);
    }

    /** The most recently started runtime still open, or null. */
    public static IgnisRuntime latest() {
        Object[] open = OPEN.toArray();
        return open.length == 0 ? null : (IgnisRuntime) open[open.length - 1];
    }
}
