package io.ignis.runtime.store;

import java.nio.file.Path;

/** A value written to disk by {@link ObjectStore}: its file, its wire format and length, and the file's size. */
public record SpillFile(Path path, byte format, int length, long onDisk) {}
