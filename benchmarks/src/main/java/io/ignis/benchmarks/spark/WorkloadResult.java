package io.ignis.benchmarks.spark;

import static java.util.Objects.requireNonNull;

/**
 * What one workload came to on both engines: seconds per run (null where the engine's fork failed)
 * and the answers they gave (null where none was written). A ratio is only given when both times
 * exist and both engines gave the same answer: a fast wrong engine does not get one.
 */
public record WorkloadResult(Workload workload, Double ignisSeconds, Double sparkSeconds, String ignisAnswer, String sparkAnswer) {
    public WorkloadResult {
        requireNonNull(workload, "workload is null");
    }

    public boolean answersAgree() {
        return ignisAnswer != null && ignisAnswer.equals(sparkAnswer);
    }

    /** Ignis seconds / Spark seconds, or null if either is missing or the answers differ. */
    public Double ratio() {
        if (ignisSeconds == null || sparkSeconds == null || !answersAgree() || sparkSeconds <= 0) {
            return null;
        }
        return ignisSeconds / sparkSeconds;
    }

    /** Whether the ratio meets the workload's goal; false when there is no ratio. */
    public boolean goalMet() {
        Double ratio = ratio();
        return ratio != null && ratio <= workload.goal();
    }

    /** Why there is no ratio, for the report; empty when there is one. */
    public String problem() {
        if (ignisSeconds == null || sparkSeconds == null) {
            return (ignisSeconds == null ? "Ignis" : "Spark") + " failed";
        }
        if (!answersAgree()) {
            return "answers differ: Ignis " + ignisAnswer + ", Spark " + sparkAnswer;
        }
        return "";
    }
}
