package io.ignis.benchmarks.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two tables {@code bin/ignis bench core} prints, from the measured figures: first one row per
 * figure, {@code name<TAB>value<TAB>unit}, for scripts; then, for people, each Ignis figure side by
 * side with its bare-JVM baseline, Ray's published figure and the goal. A figure that was not
 * measured (its benchmark failed or was left out) shows as {@value #MISSING}.
 */
public final class CoreReport {
    static final String MISSING = "n/a";
    private static final List<String> HEADER = List.of("figure", "Ignis", "bare-JVM baseline", "Ray (published)", "goal", "met");
    private static final String NOTES = """
            Ray: release perf_metrics on a 64-vCPU machine (single_client_tasks_sync 952/s, single_client_tasks_async 7,691/s,
                 1_1_actor_calls_async 7,956/s, single_client_put_gigabytes 20.9; no get figure is published, so get is set against put).
            Baselines: a 2-thread ThreadPoolExecutor running the same trivial jobs; System.arraycopy of 256 MiB. GB = 2^30 bytes.
            """;

    private CoreReport() {}

    /** One {@code name<TAB>value<TAB>unit} line per figure, in {@link Figure} order. */
    public static String rows(Map<Figure, Double> values) {
        StringBuilder out = new StringBuilder();
        for (Figure figure : Figure.values()) {
            Double value = values.get(figure);
            out.append(figure.figureName()).append('\t')
                    .append(value == null ? MISSING : figure.unit().plain(value)).append('\t')
                    .append(figure.unit().label()).append('\n');
        }
        return out.toString();
    }

    /** The comparison table, one line per {@link Comparison#CORE} entry, with notes on where the other figures come from. */
    public static String table(Map<Figure, Double> values) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER);
        for (Comparison comparison : Comparison.CORE) {
            lines.add(cells(comparison, values));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < lines.size(); row++) {
            out.append(format(lines.get(row), widths)).append('\n');
            if (row == 0) {
                List<String> rule = new ArrayList<>();
                for (int width : widths) {
                    rule.add("-".repeat(width));
                }
                out.append(format(rule, widths).replace(' ', '-')).append('\n');
            }
        }
        return out.append(NOTES).toString();
    }

    private static List<String> cells(Comparison comparison, Map<Figure, Double> values) {
        Unit unit = comparison.figure().unit();
        Double value = values.get(comparison.figure());
        Double baseline = values.get(comparison.baseline());
        String ray = unit.readable(comparison.ray()) + (comparison.rayNote().isEmpty() ? "" : " " + comparison.rayNote());
        String goal = (unit.higherIsBetter() ? ">= " : "<= ") + unit.readable(comparison.goal());
        String met = value == null ? MISSING : unit.meets(value, comparison.goal()) ? "yes" : "no";
        return List.of(comparison.figure().figureName(), readable(unit, value), readable(unit, baseline), ray, goal, met);
    }

    private static String readable(Unit unit, Double value) {
        return value == null ? MISSING : unit.readable(value);
    }

    /** The first column (names) left-aligned, the others right-aligned so digits line up. */
    private static String format(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(widths[i] - cell.length());
            line.append(i == 0 ? "" : " | ").append(i == 0 ? cell + pad : pad + cell);
        }
        return line.toString();
    }
}
