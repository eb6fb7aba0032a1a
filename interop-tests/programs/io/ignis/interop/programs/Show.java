package io.ignis.interop.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Printing helpers for the interop programs: plain Java, no Spark. Results whose order Spark does
 * not define (a shuffle's output within a partition, a map's entries, an accumulator's list) are
 * printed either sorted by their string form or inside an order-insensitive section, which the
 * comparator reads as a multiset of lines. Failures print exception class names and the cause's
 * message, never stack traces, so two engines can be compared.
 */
public final class Show {
    /** Opens a section whose lines the comparator compares as a multiset; must match the comparator's. */
    public static final String UNORDERED_BEGIN = "#unordered-begin";
    /** Closes a section opened by {@link #UNORDERED_BEGIN}. */
    public static final String UNORDERED_END = "#unordered-end";

    private Show() {
    }

    /** The items' string forms, sorted, as {@code [a, b, c]}. */
    public static String sorted(Iterable<?> items) {
        return "[" + String.join(", ", sortedStrings(items)) + "]";
    }

    /** The map's entries sorted by the key's string form, as {@code {a=1, b=2}}. */
    public static String sortedMap(Map<?, ?> map) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        entries.sort((left, right) -> String.valueOf(left.getKey()).compareTo(String.valueOf(right.getKey())));
        StringJoiner joined = new StringJoiner(", ", "{", "}");
        for (Map.Entry<?, ?> entry : entries) {
            joined.add(entry.getKey() + "=" + entry.getValue());
        }
        return joined.toString();
    }

    /** Prints a label line, then one line per item, sorted by string form. */
    public static void sortedLines(String label, Iterable<?> items) {
        System.out.println(label + ":");
        for (String item : sortedStrings(items)) {
            System.out.println("  " + item);
        }
    }

    /** Prints a label line, then one line per item inside an order-insensitive section. */
    public static void unordered(String label, Iterable<?> items) {
        System.out.println(label + ":");
        System.out.println(UNORDERED_BEGIN);
        for (Object item : items) {
            System.out.println("  " + item);
        }
        System.out.println(UNORDERED_END);
    }

    /**
     * Prints how an expected failure surfaced: the exception's class, and its cause's class and the
     * first line of its message (a job's failure message names stages and task ids, which are the
     * engine's own; lines after the first carry details such as a serialization stack).
     */
    public static void failure(String label, Throwable thrown) {
        Throwable cause = thrown.getCause();
        String causeText = cause == null ? "no cause" : "cause " + cause.getClass().getName() + ": " + firstLine(cause.getMessage());
        System.out.println(label + ": " + thrown.getClass().getName() + ", " + causeText);
    }

    /** Prints a failure raised by the API itself: its class and the first line of its message. */
    public static void failureMessage(String label, Throwable thrown) {
        System.out.println(label + ": " + thrown.getClass().getName() + ": " + firstLine(thrown.getMessage()));
    }

    private static String firstLine(String message) {
        return message == null ? "null" : message.lines().findFirst().orElse("");
    }

    private static List<String> sortedStrings(Iterable<?> items) {
        List<String> strings = new ArrayList<>();
        for (Object item : items) {
            strings.add(String.valueOf(item));
        }
        strings.sort(null);
        return strings;
    }
}
