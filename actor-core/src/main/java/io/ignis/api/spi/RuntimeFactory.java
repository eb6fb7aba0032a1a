package io.ignis.api.spi;

import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;

/** Found through {@link java.util.ServiceLoader}: how {@link io.ignis.api.Ignis#init} reaches a runtime without compiling against it. */
public interface RuntimeFactory {
    IgnisRuntime create(IgnisConfig config);
}
