package org.apache.spark;

/**
 * The little of Spark's error-condition catalogue that the RDD API needs: the internal-error
 * conditions ({@code INTERNAL_ERROR} and {@code INTERNAL_ERROR_<category>}, whose message
 * template is the message itself and whose SQLSTATE is {@code XX000}). Spark reads the full
 * catalogue from a JSON resource of its own; conditions outside this set have no SQLSTATE or
 * template here.
 */
final class ErrorConditions {
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    private static final String INTERNAL_SQL_STATE = "XX000";
    private static final String INTERNAL_TEMPLATE = "<message>";

    private ErrorConditions() {
    }

    static boolean isInternal(String condition) {
        return condition != null && condition.startsWith(INTERNAL_ERROR);
    }

    static String sqlState(String condition) {
        return isInternal(condition) ? INTERNAL_SQL_STATE : null;
    }

    static String messageTemplate(String condition) {
        return isInternal(condition) ? INTERNAL_TEMPLATE : null;
    }

    /**
     * An internal error's message as Spark formats it: {@code [CONDITION] message SQLSTATE: XX000},
     * then the query-context summary on a line of its own when there is one.
     */
    static String internalMessage(String condition, String message, String summary) {
        String text = "[" + condition + "] " + message + " SQLSTATE: " + INTERNAL_SQL_STATE;
        return summary == null || summary.isEmpty() ? text : text + "\n" + summary;
    }
}
