package org.apache.spark;

/**
 * Where in a query an error arose (for SQL: the object, the fragment and its offsets; for the
 * DataFrame API: the call site), as carried by a {@link SparkThrowable}. The RDD API attaches
 * none; the interface exists so that {@link SparkThrowable#getQueryContext()} has Spark's type.
 */
public interface QueryContext {
    QueryContextType contextType();

    String objectType();

    String objectName();

    int startIndex();

    int stopIndex();

    String fragment();

    String callSite();

    String summary();
}
