package io.ignis.benchmarks.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.benchmarks.BenchmarksFolder;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard of {@code bin/ignis bench spark}: every workload runs once on each engine (both builds,
 * each in its own class loader, as the benchmark forks load them) on the tiny data size, the two
 * engines' answers must be the same, and the rows, report and chart come out of the results. It
 * checks that the benchmark still measures correct work, not how fast.
 */
class SparkGuardTest {
    @TempDir
    Path results;

    @Test
    void everyWorkloadGivesTheSameAnswerOnBothEnginesAndIsReported() throws Exception {
        Path module = BenchmarksFolder.module();
        Path data = DataGenerator.ensure(module.resolve("target/bench-data"), DataSize.TINY);
        Map<Engine, Map<Workload, String>> answers = new EnumMap<>(Engine.class);
        Map<Engine, Map<Workload, Double>> seconds = new EnumMap<>(Engine.class);
        for (Engine engine : Engine.values()) {
            try (EngineSession session = EngineSession.open(engine, module.resolve("spark-api"), data)) {
                for (Workload workload : Workload.values()) {
                    Callable<String> job = session.prepare(workload);
                    long start = System.nanoTime();
                    String answer = job.call();
                    seconds.computeIfAbsent(engine, e -> new EnumMap<>(Workload.class)).put(workload, (System.nanoTime() - start) / 1e9);
                    answers.computeIfAbsent(engine, e -> new EnumMap<>(Workload.class)).put(workload, answer);
                }
            }
        }
        List<WorkloadResult> measured = new ArrayList<>();
        for (Workload workload : Workload.values()) {
            String ignis = answers.get(Engine.IGNIS).get(workload);
            String spark = answers.get(Engine.SPARK).get(workload);
            assertEquals(spark, ignis, workload.id() + ": Ignis's answer differs from Spark's");
            measured.add(new WorkloadResult(workload, seconds.get(Engine.IGNIS).get(workload), seconds.get(Engine.SPARK).get(workload),
                    ignis, spark));
        }
        // Answers that can be known without either engine.
        assertTrue(answers.get(Engine.SPARK).get(Workload.SORT_BY_KEY).startsWith("records=" + DataSize.TINY.sortRecords + " "));
        assertTrue(answers.get(Engine.SPARK).get(Workload.SORT_BY_KEY).endsWith(" sorted=true"));
        assertEquals("count=1000", answers.get(Engine.SPARK).get(Workload.SMALL_JOB));
        long byteSum = 0;
        for (byte b : Files.readAllBytes(data.resolve("broadcast.bin"))) {
            byteSum += b;
        }
        assertEquals("bytes=" + DataSize.TINY.broadcastBytes + " sum=" + byteSum, answers.get(Engine.SPARK).get(Workload.BROADCAST));
        assertTrue(answers.get(Engine.SPARK).get(Workload.JOIN).startsWith("rows=" + DataSize.TINY.joinLargePairs + " "));

        String[] rows = SparkReport.rows(measured).split("\n");
        assertEquals(Workload.values().length + 1, rows.length);
        for (int i = 0; i < Workload.values().length; i++) {
            assertTrue(rows[i].matches(Workload.values()[i].id() + "\t[0-9.]+\t[0-9.]+\t[0-9]+\\.[0-9]{3}"), rows[i]);
        }
        assertTrue(rows[rows.length - 1].matches("geomean\t-\t-\t[0-9]+\\.[0-9]{3}"), rows[rows.length - 1]);

        Path chart = results.resolve("spark-test.png");
        SparkChart.write(measured, "guard", chart);
        BufferedImage image = ImageIO.read(chart.toFile());
        assertNotNull(image, "the chart is not a readable PNG");
        assertEquals(1000, image.getWidth());
        String markdown = SparkReport.markdown(measured, DataSize.TINY, "guard", List.of("test"), "spark-test.png", null);
        for (Workload workload : Workload.values()) {
            assertTrue(markdown.contains("| `" + workload.id() + "` |"), workload.id() + " has no line in the report");
        }
        assertTrue(markdown.contains("| **geomean** |"));
    }
}
