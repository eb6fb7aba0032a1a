package org.apache.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

class SparkExceptionTest {
    @Test
    void plainMessageAndCause() {
        IllegalStateException cause = new IllegalStateException("task failed");
        SparkException error = new SparkException("Job aborted", cause);
        assertEquals("Job aborted", error.getMessage());
        assertSame(cause, error.getCause());
        assertNull(new SparkException("no cause").getCause());
        assertTrue(error instanceof Exception && !(((Exception) error) instanceof RuntimeException));
    }

    @Test
    void plainExceptionHasNoCondition() {
        SparkException error = new SparkException("x");
        assertNull(error.getCondition());
        assertNull(error.getSqlState());
        assertFalse(error.isInternalError());
        assertTrue(error.getMessageParameters().isEmpty());
        assertEquals(0, error.getQueryContext().length);
        assertNull(error.getBreakingChangeInfo());
        assertNull(error.getDefaultMessageTemplate());
    }

    @Test
    void internalErrorsAreFormattedAsSparksAre() {
        SparkException error = SparkException.internalError("boom");
        assertEquals("[INTERNAL_ERROR] boom SQLSTATE: XX000", error.getMessage());
        assertEquals("INTERNAL_ERROR", error.getCondition());
        assertEquals("XX000", error.getSqlState());
        assertTrue(error.isInternalError());
        assertEquals(Map.of("message", "boom"), error.getMessageParameters());
        assertEquals("<message>", error.getDefaultMessageTemplate());

        SparkException shuffle = SparkException.internalError("lost block", "SHUFFLE");
        assertEquals("[INTERNAL_ERROR_SHUFFLE] lost block SQLSTATE: XX000", shuffle.getMessage());
        assertTrue(shuffle.isInternalError());

        RuntimeException cause = new RuntimeException("why");
        assertSame(cause, SparkException.internalError("wrapped", cause).getCause());

        SparkException summarized = SparkException.internalError("m", new QueryContext[0], "at line 1");
        assertEquals("[INTERNAL_ERROR] m SQLSTATE: XX000\nat line 1", summarized.getMessage());
    }

    @Test
    void fullConstructorKeepsEveryField() {
        scala.collection.immutable.Map<String, String> parameters =
                scala.collection.immutable.Map$.MODULE$.from(CollectionConverters.asScala(Map.of("path", "/x")));
        SparkException error = new SparkException("message", null, Option.apply("PATH_ALREADY_EXISTS"), parameters,
                new QueryContext[0], Option.apply("42K04"));
        assertEquals("PATH_ALREADY_EXISTS", error.getCondition());
        assertEquals("42K04", error.getSqlState());
        assertEquals(Map.of("path", "/x"), error.getMessageParameters());
        assertFalse(error.isInternalError());
    }

    @Test
    void taskKilledExceptionCarriesItsReason() {
        TaskKilledException killed = new TaskKilledException("stage cancelled");
        assertEquals("stage cancelled", killed.reason());
        assertEquals("stage cancelled", killed.getMessage());
        assertEquals("unknown reason", new TaskKilledException().reason());
        assertTrue(killed instanceof RuntimeException);
    }
}
