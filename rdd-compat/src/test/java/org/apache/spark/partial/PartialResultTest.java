package org.apache.spark.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import scala.runtime.BoxedUnit;

class PartialResultTest {
    @Test
    void aFinalResultAnswersAtOnce() {
        PartialResult<Long> result = new PartialResult<>(42L, true);
        assertTrue(result.isInitialValueFinal());
        assertEquals(42L, result.initialValue());
        assertEquals(42L, result.getFinalValue());
        assertEquals("(final: 42)", result.toString());
        List<Long> seen = new ArrayList<>();
        assertSame(result, result.onComplete(value -> {
            seen.add(value);
            return BoxedUnit.UNIT;
        }));
        assertEquals(List.of(42L), seen);
        assertThrows(UnsupportedOperationException.class, () -> result.onComplete(value -> BoxedUnit.UNIT));
        assertThrows(UnsupportedOperationException.class, () -> result.setFinalValue(43L));
    }

    @Test
    void getFinalValueWaitsForTheValue() throws Exception {
        PartialResult<String> result = new PartialResult<>("rough", false);
        assertEquals("(partial: rough)", result.toString());
        List<String> completed = new ArrayList<>();
        result.onComplete(value -> {
            completed.add(value);
            return BoxedUnit.UNIT;
        });
        CompletableFuture<String> waiter = CompletableFuture.supplyAsync(result::getFinalValue);
        result.setFinalValue("exact");
        assertEquals("exact", waiter.get());
        assertEquals(List.of("exact"), completed);
        assertEquals("(final: exact)", result.toString());
    }

    @Test
    void aFailureIsThrownByGetFinalValueAndGivenToOnFail() {
        PartialResult<Integer> result = new PartialResult<>(0, false);
        IOException failure = new IOException("lost");
        List<Exception> failures = new ArrayList<>();
        result.onFail(error -> {
            failures.add(error);
            return BoxedUnit.UNIT;
        });
        result.setFailure(failure);
        assertEquals(List.of(failure), failures);
        Exception thrown = assertThrows(Exception.class, result::getFinalValue);
        assertSame(failure, thrown);
        assertThrows(UnsupportedOperationException.class, () -> result.setFailure(new IOException("again")));
        assertThrows(UnsupportedOperationException.class, () -> result.onFail(error -> BoxedUnit.UNIT));
    }

    @Test
    void mapAppliesTheFunctionToBothValues() {
        PartialResult<Integer> source = new PartialResult<>(10, false);
        PartialResult<String> mapped = source.map(value -> "n=" + value);
        assertEquals("n=10", mapped.initialValue());
        assertEquals("(partial: n=10)", mapped.toString());
        List<String> seen = new ArrayList<>();
        mapped.onComplete(value -> {
            seen.add(value);
            return BoxedUnit.UNIT;
        });
        source.setFinalValue(12);
        assertEquals("n=12", mapped.getFinalValue());
        assertEquals(List.of("n=12"), seen);
        assertEquals("(final: n=12)", mapped.toString());
        assertEquals("(final: n=12!)", mapped.map(value -> value + "!").toString());
    }

    @Test
    void boundedDoublePrintsItsIntervalAndComparesByValue() {
        BoundedDouble exact = new BoundedDouble(2.0, 1.0, 2.0, 2.0);
        assertEquals("[2.000, 2.000]", exact.toString());
        assertEquals("[1.235, 3.000]", new BoundedDouble(2.0, 0.95, 1.23456, 3.0).toString());
        assertEquals(exact, new BoundedDouble(2.0, 1.0, 2.0, 2.0));
        assertEquals(exact.hashCode(), new BoundedDouble(2.0, 1.0, 2.0, 2.0).hashCode());
        assertNotEquals(exact, new BoundedDouble(2.0, 0.9, 2.0, 2.0));
        assertEquals(2.0, exact.mean());
        assertEquals(1.0, exact.confidence());
    }
}
