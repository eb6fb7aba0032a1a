package org.apache.spark;

/** The kind of a {@link QueryContext}: a SQL text, or a DataFrame API call. */
public enum QueryContextType {
    SQL,
    DataFrame
}
