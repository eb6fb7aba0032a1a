package io.ignis.benchmarks.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoreReportTest {
    private static Map<Figure, Double> sample() {
        Map<Figure, Double> values = new EnumMap<>(Figure.class);
        values.put(Figure.TASKS_ASYNC_INPROCESS, 212_345.6);
        values.put(Figure.TASK_SYNC_INPROCESS, 18.44);
        values.put(Figure.TASKS_ASYNC_CROSSPROCESS, 40_000.0);
        values.put(Figure.TASK_SYNC_CROSSPROCESS, 300.0);
        values.put(Figure.ACTOR_CALLS_ASYNC_INPROCESS, 310_000.0);
        values.put(Figure.ACTOR_CALLS_ASYNC_CROSSPROCESS, 55_000.0);
        values.put(Figure.GET_256MB_CROSSPROCESS, 1.234);
        values.put(Figure.BASELINE_EXECUTOR_ASYNC, 1_500_000.0);
        values.put(Figure.BASELINE_EXECUTOR_SYNC, 9.5);
        values.put(Figure.BASELINE_MEMCPY, 10.0);
        return values;
    }

    @Test
    void rowsAreNameValueUnitInFigureOrder() {
        List<String> rows = CoreReport.rows(sample()).lines().toList();

        assertEquals(Figure.values().length, rows.size());
        assertEquals("tasks_async_inprocess_per_s\t212346\tper_s", rows.get(0));
        assertEquals("task_sync_inprocess_us\t18.4\tus", rows.get(1));
        assertEquals("get_256mb_crossprocess_gb_per_s\t1.23\tGB/s", rows.get(6));
        assertEquals("baseline_memcpy_gb_per_s\t10.00\tGB/s", rows.get(9));
    }

    @Test
    void unmeasuredFiguresShowAsMissing() {
        Map<Figure, Double> values = sample();
        values.remove(Figure.TASK_SYNC_CROSSPROCESS);
        values.remove(Figure.BASELINE_MEMCPY);

        assertTrue(CoreReport.rows(values).contains("task_sync_crossprocess_us\tn/a\tus\n"));
        String getLine = tableLine(CoreReport.table(values), "get_256mb_crossprocess_gb_per_s");
        assertEquals(List.of("get_256mb_crossprocess_gb_per_s", "1.23 GB/s", "n/a", "20.90 GB/s (put)", ">= 1.50 GB/s", "no"),
                cells(getLine));
        assertEquals("n/a", cells(tableLine(CoreReport.table(values), "task_sync_crossprocess_us")).get(5));
    }

    @Test
    void tableSetsEachFigureBesideBaselineRayAndGoal() {
        String table = CoreReport.table(sample());

        List<String> lines = table.lines().toList();
        assertEquals(List.of("figure", "Ignis", "bare-JVM baseline", "Ray (published)", "goal", "met"), cells(lines.get(0)));
        assertTrue(lines.get(1).matches("[-|]+"), lines.get(1));
        assertEquals(List.of("tasks_async_inprocess_per_s", "212,346 /s", "1,500,000 /s", "7,691 /s", ">= 200,000 /s", "yes"),
                cells(tableLine(table, "tasks_async_inprocess_per_s")));
        assertEquals(List.of("task_sync_inprocess_us", "18.4 us", "9.5 us", "1,050.4 us (952/s)", "<= 20.0 us", "yes"),
                cells(tableLine(table, "task_sync_inprocess_us")));
        assertEquals(List.of("task_sync_crossprocess_us", "300.0 us", "9.5 us", "1,050.4 us (952/s)", "<= 250.0 us", "no"),
                cells(tableLine(table, "task_sync_crossprocess_us")));
        assertEquals("no", cells(tableLine(table, "tasks_async_crossprocess_per_s")).get(5));
        assertEquals("yes", cells(tableLine(table, "actor_calls_async_crossprocess_per_s")).get(5));
    }

    @Test
    void tableColumnsLineUp() {
        List<String> lines = CoreReport.table(sample()).lines().limit(2 + Comparison.CORE.size()).toList();

        for (String line : lines) {
            assertEquals(lines.get(0).length(), line.length(), line);
            assertEquals(lines.get(0).indexOf('|'), line.indexOf('|'), line);
        }
    }

    private static String tableLine(String table, String figure) {
        return table.lines().filter(line -> line.startsWith(figure + " ")).findFirst().orElseThrow();
    }

    private static List<String> cells(String line) {
        return List.of(line.split("\\s+\\|\\s+")).stream().map(String::trim).toList();
    }
}
