package org.apache.spark;

import java.util.Map;

/**
 * Spark's unsupported-operation error with an error condition, as the RDD API throws it for
 * "empty collection" and similar misuse. The message comes from the condition: Ignis carries the
 * templates of the conditions its RDD API raises (Spark's legacy ones, whose template is the
 * message); for any other condition the message is the condition's name.
 */
public class SparkUnsupportedOperationException extends UnsupportedOperationException implements SparkThrowable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TEMPLATES = Map.of(
            "_LEGACY_ERROR_TEMP_3005", "Histogram on either an empty RDD or RDD containing +/-infinity or NaN",
            "_LEGACY_ERROR_TEMP_3012", "Cannot change storage level of an RDD after it was already assigned a level",
            "_LEGACY_ERROR_TEMP_3014", "empty collection");

    private final String condition;
    private final Map<String, String> parameters;

    public SparkUnsupportedOperationException(String errorClass, Map<String, String> messageParameters) {
        super(TEMPLATES.getOrDefault(errorClass, errorClass));
        this.condition = errorClass;
        this.parameters = Map.copyOf(messageParameters);
    }

    public SparkUnsupportedOperationException(String errorClass) {
        this(errorClass, Map.of());
    }

    /** "empty collection" (reduce, first, max ... of an empty RDD). */
    public static SparkUnsupportedOperationException emptyCollection() {
        return new SparkUnsupportedOperationException("_LEGACY_ERROR_TEMP_3014");
    }

    @Override
    public String getCondition() {
        return condition;
    }

    @Override
    public Map<String, String> getMessageParameters() {
        return parameters;
    }
}
