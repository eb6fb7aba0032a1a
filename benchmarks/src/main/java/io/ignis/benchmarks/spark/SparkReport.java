package io.ignis.benchmarks.spark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * What {@code bin/ignis bench spark} prints and writes: one {@code workload<TAB>ignis_seconds<TAB>spark_seconds<TAB>ratio}
 * row per workload and a last {@code geomean<TAB>-<TAB>-<TAB>ratio} row, for scripts; and the
 * markdown report, for people: the same figures with each workload's input size and goal, the chart
 * and the core benchmarks' table. A figure that does not exist (a failed fork, answers that differ)
 * shows as {@value #MISSING}.
 */
public final class SparkReport {
    /** Said above the core table: its settings are too short for the cross-process figures. */
    static final String QUICK_CORE_CAVEAT = "Quick settings (a short iteration each): the cross-process figures are rough and"
            + " read well under those of full runs; `bin/ignis bench core` (full settings) measures them.";

    static final String MISSING = "n/a";

    private SparkReport() {}

    /** The rows, in {@link Workload} order, then the geometric mean of the ratios. */
    public static String rows(List<WorkloadResult> results) {
        StringBuilder out = new StringBuilder();
        for (WorkloadResult result : results) {
            out.append(result.workload().id()).append('\t')
                    .append(seconds(result.ignisSeconds())).append('\t')
                    .append(seconds(result.sparkSeconds())).append('\t')
                    .append(ratio(result.ratio())).append('\n');
        }
        return out.append("geomean\t-\t-\t").append(ratio(geomean(results))).append('\n').toString();
    }

    /** The geometric mean of the ratios that exist; null if none does. */
    public static Double geomean(List<WorkloadResult> results) {
        double logSum = 0;
        int count = 0;
        for (WorkloadResult result : results) {
            Double ratio = result.ratio();
            if (ratio != null) {
                logSum += Math.log(ratio);
                count++;
            }
        }
        return count == 0 ? null : Math.exp(logSum / count);
    }

    /** True if every workload has a ratio meeting its goal and the geometric mean meets {@link Workload#GEOMEAN_GOAL}. */
    public static boolean allGoalsMet(List<WorkloadResult> results) {
        Double geomean = geomean(results);
        return geomean != null && geomean <= Workload.GEOMEAN_GOAL && results.stream().allMatch(WorkloadResult::goalMet);
    }

    /**
     * The markdown report.
     *
     * @param title e.g. {@code bin/ignis bench spark --quick}
     * @param setup lines describing the run (machine, heap, JMH settings), each printed as a list item
     * @param chartFile the chart's file name, beside the report
     * @param coreTable {@code bench core}'s table, or null if it was not run
     */
    public static String markdown(List<WorkloadResult> results, DataSize size, String title, List<String> setup,
            String chartFile, String coreTable) {
        StringBuilder out = new StringBuilder();
        out.append("# Ignis vs Spark 4.2.0: `").append(title).append("`\n\n");
        for (String line : setup) {
            out.append("- ").append(line).append('\n');
        }
        out.append("\nTimes are seconds per run (JMH; small_job: the average job). Ratio = Ignis / Spark, lower is better;"
                + " a ratio is only given when both engines gave the same answer.\n\n");
        out.append("| workload | input (").append(size.id()).append(") | Ignis (s) | Spark (s) | ratio | goal | met |\n");
        out.append("|---|---|---:|---:|---:|---:|---|\n");
        for (WorkloadResult result : results) {
            Workload workload = result.workload();
            out.append("| `").append(workload.id()).append("` | ").append(size.describe(workload))
                    .append(" | ").append(seconds(result.ignisSeconds()))
                    .append(" | ").append(seconds(result.sparkSeconds()))
                    .append(" | ").append(ratio(result.ratio()))
                    .append(" | <= ").append(goal(workload.goal()))
                    .append(" | ").append(result.ratio() == null ? MISSING + " (" + result.problem() + ")" : result.goalMet() ? "yes" : "no")
                    .append(" |\n");
        }
        Double geomean = geomean(results);
        out.append("| **geomean** | | | | ").append(ratio(geomean)).append(" | <= ").append(goal(Workload.GEOMEAN_GOAL))
                .append(" | ").append(geomean == null ? MISSING : geomean <= Workload.GEOMEAN_GOAL ? "yes" : "no").append(" |\n\n");
        out.append("![Ignis / Spark time per workload](").append(chartFile).append(")\n\n");
        out.append("Answers (the same on both engines where a ratio is given):\n\n");
        for (WorkloadResult result : results) {
            out.append("- `").append(result.workload().id()).append("`: ")
                    .append(result.answersAgree() ? result.ignisAnswer() : result.problem()).append('\n');
        }
        if (coreTable != null) {
            out.append("\n## Core benchmarks (`bin/ignis bench core --quick`, same run)\n\n")
                    .append(QUICK_CORE_CAVEAT).append("\n\n```\n").append(coreTable).append("```\n");
        }
        return out.toString();
    }

    /** Seconds to four significant digits, plain (no exponent), or {@value #MISSING}. */
    static String seconds(Double value) {
        return value == null ? MISSING : new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    static String ratio(Double value) {
        return value == null ? MISSING : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String goal(double goal) {
        return String.format(Locale.ROOT, "%.1f", goal);
    }
}
