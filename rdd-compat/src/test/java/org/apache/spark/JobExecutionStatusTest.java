package org.apache.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JobExecutionStatusTest {
    @Test
    void fromStringIgnoresCase() {
        assertEquals(JobExecutionStatus.RUNNING, JobExecutionStatus.fromString("running"));
        assertEquals(JobExecutionStatus.SUCCEEDED, JobExecutionStatus.fromString("Succeeded"));
        assertEquals(JobExecutionStatus.UNKNOWN, JobExecutionStatus.fromString("UNKNOWN"));
        assertNull(JobExecutionStatus.fromString(null));
    }

    @Test
    void unknownNameListsTheAcceptedOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> JobExecutionStatus.fromString("done"));
        assertEquals("Illegal type='done'. Supported type values: RUNNING, SUCCEEDED, FAILED, UNKNOWN",
                error.getMessage());
    }
}
