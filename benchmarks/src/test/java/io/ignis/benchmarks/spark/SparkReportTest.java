package io.ignis.benchmarks.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SparkReportTest {
    @Test
    void rowsGiveRatiosOnlyWhereBothEnginesAnsweredTheSame() {
        List<WorkloadResult> results = List.of(
                new WorkloadResult(Workload.WORDCOUNT, 2.0, 4.0, "words=3", "words=3"),
                new WorkloadResult(Workload.JOIN, 1.0, 8.0, "rows=1", "rows=2"),
                new WorkloadResult(Workload.SMALL_JOB, 0.00012346, 0.002, "count=1000", "count=1000"),
                new WorkloadResult(Workload.BROADCAST, null, 3.0, null, "sum=1"));
        assertEquals("""
                wordcount\t2\t4\t0.500
                join\t1\t8\tn/a
                small_job\t0.0001235\t0.002\t0.062
                broadcast\tn/a\t3\tn/a
                geomean\t-\t-\t0.176
                """, SparkReport.rows(results));
        assertNull(results.get(1).ratio());
        assertTrue(results.get(1).problem().startsWith("answers differ"));
        assertEquals("Ignis failed", results.get(3).problem());
        assertTrue(results.get(2).goalMet());
        assertFalse(SparkReport.allGoalsMet(results));
    }

    @Test
    void geomeanIsTheGeometricMeanOfTheRatios() {
        List<WorkloadResult> results = List.of(
                new WorkloadResult(Workload.WORDCOUNT, 1.0, 4.0, "a", "a"),
                new WorkloadResult(Workload.SORT_BY_KEY, 4.0, 1.0, "b", "b"),
                new WorkloadResult(Workload.PAGERANK, 1.0, 1.0, "c", "c"));
        assertEquals(1.0, SparkReport.geomean(results), 1e-12);
        assertNull(SparkReport.geomean(List.of()));
    }
}
