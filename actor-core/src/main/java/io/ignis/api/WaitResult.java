package io.ignis.api;

import java.util.List;

/** What {@link IgnisRuntime#wait} found: the refs that are ready and those that are not, each in the order given. */
public record WaitResult<T>(List<ObjectRef<T>> ready, List<ObjectRef<T>> unready) {
    public WaitResult {
        ready = List.copyOf(ready);
        unready = List.copyOf(unready);
    }
}
