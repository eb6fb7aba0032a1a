package org.apache.spark;

import java.util.Objects;

/**
 * A configuration setting that restores the old behaviour after a breaking change: its key and
 * the value to set. Part of {@link BreakingChangeInfo}.
 */
public class MitigationConfig {
    private final String key;
    private final String value;

    public MitigationConfig(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MitigationConfig that
                && Objects.equals(key, that.key)
                && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, value);
    }
}
