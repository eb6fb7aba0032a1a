package io.ignis.shuffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sort and a groupByKey of four times the object-store budget (16 MB budget, 64 MB of records)
 * in a JVM of 128 MB of heap: without spilling the reducers would hold 64 MB of records at once and
 * die with OutOfMemoryError (they do, given a budget so large that nothing spills); with it they
 * finish with the right answer, and the node's count of stored values plus leases never passes
 * the budget. The child prints its measures (time, spilled bytes, heap peak), which this test echoes.
 */
class BoundedMemoryShuffleTest {
    private static final long BUDGET = 16L << 20;

    @TempDir
    Path work;

    Map<String, String> runChild(String mode) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m"));
        for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (flag.startsWith("--add-opens") || flag.startsWith("--add-exports")) {
                command.add(flag);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BoundedMemoryMain.class.getName(), mode,
                Long.toString(BUDGET), work.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the child did not finish");
        assertEquals(0, process.exitValue(), output);
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("[")) {
                values.put(line.substring(0, eq), line.substring(eq + 1).trim());
            }
        }
        System.out.println(mode + ": " + values);
        return values;
    }

    void check(Map<String, String> values) {
        assertEquals("true", values.get("correct"), values.toString());
        assertTrue(Long.parseLong(values.get("dataBytes")) >= 4 * BUDGET - (1 << 20), values.toString());
        long peak = Long.parseLong(values.get("storePeakBytes"));
        assertTrue(peak <= BUDGET, "store peak " + peak + " past the budget " + BUDGET);
        assertTrue(Long.parseLong(values.get("reduceSpilledBytes")) > 0, "the reducers spilled");
    }

    @Test
    void aSortOfFourBudgetsFinishesInASmallHeap() throws Exception {
        check(runChild("sort"));
    }

    @Test
    void aGroupByKeyOfFourBudgetsFinishesInASmallHeap() throws Exception {
        check(runChild("group"));
    }
}
