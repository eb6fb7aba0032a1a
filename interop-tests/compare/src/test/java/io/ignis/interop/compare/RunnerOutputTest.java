package io.ignis.interop.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunnerOutputTest {
    @Test
    void readsEachProgramsOutputAndEnding() {
        Map<String, ProgramRun> runs = RunnerOutput.parse(List.of(
                "==== interop program First ====",
                "one",
                "==== interop end Other ok ====",
                "",
                "==== interop end First ok ====",
                "==== interop program Second ====",
                "==== interop end Second threw java.lang.IllegalStateException: broken ====",
                "==== interop program Third ====",
                "partial"));
        assertEquals(List.of("First", "Second", "Third"), List.copyOf(runs.keySet()));
        assertEquals(new ProgramRun("First", List.of("one", "==== interop end Other ok ====", ""), ProgramRun.Ending.RETURNED, ""),
                runs.get("First"));
        assertEquals(new ProgramRun("Second", List.of(), ProgramRun.Ending.THREW, "java.lang.IllegalStateException: broken"),
                runs.get("Second"));
        assertEquals(new ProgramRun("Third", List.of("partial"), ProgramRun.Ending.UNFINISHED, ""), runs.get("Third"));
    }

    @Test
    void aProgramStartedBeforeTheLastOneEndedIsUnfinished() {
        Map<String, ProgramRun> runs = RunnerOutput.parse(List.of(
                "==== interop program First ====", "x", "==== interop program Second ====", "==== interop end Second ok ===="));
        assertEquals(ProgramRun.Ending.UNFINISHED, runs.get("First").ending());
        assertEquals(ProgramRun.Ending.RETURNED, runs.get("Second").ending());
    }
}
