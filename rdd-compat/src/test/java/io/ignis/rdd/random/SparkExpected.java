package io.ignis.rdd.random;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import scala.Tuple2;

/**
 * The expected results produced by real Spark 4.2.0 ({@code spark-4.2.0-expected.txt} beside this
 * class; its header says how), and the inputs those lines describe, built the way Spark built them.
 */
public final class SparkExpected {
    private static final String RESOURCE = "/io/ignis/rdd/random/spark-4.2.0-expected.txt";
    private static final List<String> LINES = load();

    private SparkExpected() {}

    /** One line: its kind, the words before the first " | ", and everything after it. */
    public record Line(String kind, List<String> arguments, String result) {
        public String argument(int index) {
            return arguments.get(index);
        }

        @Override
        public String toString() {
            String text = kind + " " + String.join(" ", arguments);
            return text.length() > 80 ? text.substring(0, 80) + "..." : text;
        }
    }

    /** The lines of one kind, in file order. */
    public static List<Line> lines(String kind) {
        List<Line> lines = new ArrayList<>();
        for (String text : LINES) {
            if (!text.startsWith(kind + " ")) {
                continue;
            }
            int bar = text.indexOf(" | ");
            String head = bar < 0 ? text : text.substring(0, bar);
            String result = bar < 0 ? "" : text.substring(bar + 3);
            String[] words = head.split(" ");
            lines.add(new Line(words[0], List.of(words).subList(1, words.length), result));
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("no lines of kind " + kind);
        }
        return lines;
    }

    /** The ERR lines: label to what Spark threw ("class: message", maybe with "  ROOT ..."), or "no error: ...". */
    public static Map<String, String> errors() {
        Map<String, String> errors = new TreeMap<>();
        for (String text : LINES) {
            if (text.startsWith("ERR ")) {
                int arrow = text.indexOf(" => ");
                errors.put(text.substring(4, arrow), text.substring(arrow + 4));
            }
        }
        return errors;
    }

    /** The innermost exception Spark reported for {@code label}, as "class: message". */
    public static String rootError(String label) {
        String error = errors().get(label);
        if (error == null) {
            throw new IllegalStateException("no ERR line " + label);
        }
        int root = error.indexOf("  ROOT ");
        return root < 0 ? error : error.substring(root + 7);
    }

    /** {@code sc.parallelize([0 .. n-1], slices)}'s partitions: slice i holds [i*n/slices, (i+1)*n/slices). */
    public static List<List<Integer>> partitions(int n, int slices) {
        return slice(n, slices, i -> i);
    }

    /** Spark's slicing of {@code n} generated items into {@code slices} partitions. */
    public static <T> List<List<T>> slice(int n, int slices, Function<Integer, T> item) {
        List<List<T>> partitions = new ArrayList<>();
        for (int i = 0; i < slices; i++) {
            List<T> partition = new ArrayList<>();
            int start = (int) ((long) i * n / slices);
            int end = (int) ((long) (i + 1) * n / slices);
            for (int j = start; j < end; j++) {
                partition.add(item.apply(j));
            }
            partitions.add(partition);
        }
        return partitions;
    }

    /** Spark's slicing of a list into {@code slices} partitions. */
    public static <T> List<List<T>> slice(List<T> items, int slices) {
        return slice(items.size(), slices, items::get);
    }

    /** The keyed data of BYKEY lines: (key, i) for i in 0..n-1. */
    public static List<List<Tuple2<String, Integer>>> keyed(int n, int slices, boolean skewed) {
        return slice(n, slices, i -> new Tuple2<>(
                skewed ? (i < 80 ? "x" : "y") : (i % 3 == 0 ? "a" : i % 3 == 1 ? "b" : "c"), i));
    }

    /** The values of STATS and MERGE lines: offset + i * 0.1 + Math.sin(i) * 3.3 for i in 0..n-1. */
    public static List<Double> statValues(int n, double offset) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(offset + i * 0.1 + Math.sin(i) * 3.3);
        }
        return values;
    }

    /** A result as the Spark program printed it: run-length ("7*3" is 7 three times), pairs as key then value. */
    public static String runLength(List<?> items) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < items.size()) {
            Object item = items.get(i);
            int j = i;
            while (j < items.size() && items.get(j).equals(item)) {
                j++;
            }
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(item instanceof Tuple2<?, ?> pair ? pair._1() + "" + pair._2() : String.valueOf(item));
            if (j - i > 1) {
                text.append('*').append(j - i);
            }
            i = j;
        }
        return text.toString();
    }

    private static List<String> load() {
        try (InputStream in = SparkExpected.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
