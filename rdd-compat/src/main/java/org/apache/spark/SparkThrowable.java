package org.apache.spark;

import java.util.HashMap;
import java.util.Map;

/**
 * What Spark's exceptions share: an error condition (a stable name such as
 * {@code INTERNAL_ERROR}; null for exceptions made from a plain message), its SQLSTATE, message
 * parameters and query context. {@link SparkException} implements it. Spark looks conditions up
 * in its error catalogue; Ignis knows only the internal-error conditions, so for any other the
 * SQLSTATE and template are null.
 */
public interface SparkThrowable {
    /** The error condition, or null when the exception was made from a plain message. */
    String getCondition();

    /** The old name of {@link #getCondition()}. */
    @Deprecated
    default String getErrorClass() {
        return getCondition();
    }

    default String getSqlState() {
        return ErrorConditions.sqlState(getCondition());
    }

    default boolean isInternalError() {
        return ErrorConditions.isInternal(getCondition());
    }

    /** Null: no condition Ignis raises comes from a breaking change. */
    default BreakingChangeInfo getBreakingChangeInfo() {
        return null;
    }

    default Map<String, String> getMessageParameters() {
        return new HashMap<>();
    }

    default String getDefaultMessageTemplate() {
        return ErrorConditions.messageTemplate(getCondition());
    }

    default QueryContext[] getQueryContext() {
        return new QueryContext[0];
    }
}
