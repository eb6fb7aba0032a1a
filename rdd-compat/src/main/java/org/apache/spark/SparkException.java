package org.apache.spark;

import java.util.Map;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The checked exception of Spark's API: what a failed job throws from an action (with the task's
 * error as cause), and what programs throw or catch as "Spark failed". Java code builds it from a
 * message, or a message and a cause; the error-condition fields of {@link SparkThrowable} are
 * null or empty for those, and set for the internal errors that {@link #internalError(String)}
 * makes. Spark's constructors that build the message from an error condition and its catalogue
 * are left out: Ignis has no catalogue.
 */
public class SparkException extends Exception implements SparkThrowable {
    private static final long serialVersionUID = 1L;

    private final String condition;
    private final scala.collection.immutable.Map<String, String> messageParameters;
    private final QueryContext[] context;
    private final String sqlState;

    /**
     * An exception with every field given: a condition, message parameters, query context and
     * SQLSTATE (each optional; an empty SQLSTATE means the condition's own).
     */
    public SparkException(
            String message,
            Throwable cause,
            Option<String> errorClass,
            scala.collection.immutable.Map<String, String> messageParameters,
            QueryContext[] context,
            Option<String> sqlState) {
        super(message, cause);
        this.condition = errorClass.isDefined() ? errorClass.get() : null;
        this.messageParameters = messageParameters;
        this.context = context;
        this.sqlState = sqlState.isDefined() ? sqlState.get() : null;
    }

    /** As the six-argument constructor, with the condition's own SQLSTATE. */
    public SparkException(
            String message,
            Throwable cause,
            Option<String> errorClass,
            scala.collection.immutable.Map<String, String> messageParameters,
            QueryContext[] context) {
        this(message, cause, errorClass, messageParameters, context, Option.empty());
    }

    public SparkException(String message, Throwable cause) {
        this(message, cause, Option.empty(), emptyParameters(), new QueryContext[0], Option.empty());
    }

    public SparkException(String message) {
        this(message, null);
    }

    /** An internal error ({@code INTERNAL_ERROR}, SQLSTATE XX000) with this message. */
    public static SparkException internalError(String message) {
        return internalError(message, new QueryContext[0], "", Option.empty());
    }

    /** An internal error of a category ({@code INTERNAL_ERROR_<category>}, e.g. SHUFFLE). */
    public static SparkException internalError(String message, String category) {
        return internalError(message, new QueryContext[0], "", Option.apply(category));
    }

    public static SparkException internalError(String message, Throwable cause) {
        return internal(ErrorConditions.INTERNAL_ERROR, message, cause, new QueryContext[0], "");
    }

    public static SparkException internalError(String message, QueryContext[] context, String summary) {
        return internalError(message, context, summary, Option.empty());
    }

    public static SparkException internalError(
            String message, QueryContext[] context, String summary, Option<String> category) {
        String condition = category.isDefined()
                ? ErrorConditions.INTERNAL_ERROR + "_" + category.get()
                : ErrorConditions.INTERNAL_ERROR;
        return internal(condition, message, null, context, summary);
    }

    private static SparkException internal(
            String condition, String message, Throwable cause, QueryContext[] context, String summary) {
        scala.collection.immutable.Map<String, String> parameters = toScala(Map.of("message", String.valueOf(message)));
        return new SparkException(ErrorConditions.internalMessage(condition, message, summary), cause,
                Option.apply(condition), parameters, context, Option.empty());
    }

    private static scala.collection.immutable.Map<String, String> emptyParameters() {
        return toScala(Map.of());
    }

    private static scala.collection.immutable.Map<String, String> toScala(Map<String, String> parameters) {
        return scala.collection.immutable.Map$.MODULE$.from(CollectionConverters.asScala(parameters));
    }

    @Override
    public String getCondition() {
        return condition;
    }

    @Deprecated
    @Override
    public String getErrorClass() {
        return condition;
    }

    @Override
    public String getSqlState() {
        return sqlState != null ? sqlState : ErrorConditions.sqlState(condition);
    }

    @Override
    public Map<String, String> getMessageParameters() {
        return CollectionConverters.asJava(messageParameters);
    }

    @Override
    public QueryContext[] getQueryContext() {
        return context;
    }
}
