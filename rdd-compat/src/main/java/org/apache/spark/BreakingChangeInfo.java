package org.apache.spark;

import java.util.Objects;
import scala.Option;
import scala.collection.immutable.Seq;

/**
 * What Spark's error catalogue says about an error condition that comes from a breaking change:
 * a migration message, optionally a setting that restores the old behaviour, and whether the
 * change needs an audit. Ignis has no such conditions, so {@link SparkThrowable#getBreakingChangeInfo()}
 * answers null; the type exists so that call compiles.
 */
public class BreakingChangeInfo {
    private final Seq<String> migrationMessage;
    private final Option<MitigationConfig> mitigationConfig;
    private final boolean needsAudit;

    public BreakingChangeInfo(
            Seq<String> migrationMessage, Option<MitigationConfig> mitigationConfig, boolean needsAudit) {
        this.migrationMessage = migrationMessage;
        this.mitigationConfig = mitigationConfig;
        this.needsAudit = needsAudit;
    }

    public Seq<String> migrationMessage() {
        return migrationMessage;
    }

    public Option<MitigationConfig> mitigationConfig() {
        return mitigationConfig;
    }

    public boolean needsAudit() {
        return needsAudit;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BreakingChangeInfo that
                && Objects.equals(migrationMessage, that.migrationMessage)
                && Objects.equals(mitigationConfig, that.mitigationConfig)
                && needsAudit == that.needsAudit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(migrationMessage, mitigationConfig, needsAudit);
    }
}
