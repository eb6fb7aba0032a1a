package io.ignis.interop.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutputComparatorTest {
    private final OutputComparator comparator = new OutputComparator();

    @Test
    void identicalOutputsMatch() {
        List<String> output = List.of("count: 3", "words: [a, b, c]", "");
        assertEquals(Optional.empty(), comparator.difference(output, List.copyOf(output)));
        assertEquals(Optional.empty(), comparator.difference(List.of(), List.of()));
    }

    @Test
    void aChangedLineIsADifferenceThatNamesBothLines() {
        Optional<String> difference = comparator.difference(List.of("a", "count: 3", "c"), List.of("a", "count: 4", "c"));
        assertTrue(difference.isPresent());
        assertTrue(difference.get().contains("line 2"), difference.get());
        assertTrue(difference.get().contains("count: 3") && difference.get().contains("count: 4"), difference.get());
    }

    @Test
    void missingAndExtraLinesAreDifferences() {
        assertTrue(comparator.difference(List.of("a", "b"), List.of("a")).get().contains("ended"));
        assertTrue(comparator.difference(List.of("a"), List.of("a", "b")).get().contains("unexpected <b>"));
    }

    @Test
    void orderMattersOutsideMarkedSections() {
        assertTrue(comparator.difference(List.of("x", "y"), List.of("y", "x")).isPresent());
    }

    @Test
    void markedSectionsCompareAsMultisets() {
        List<String> expected = List.of("join:", OutputComparator.UNORDERED_BEGIN, "  (1,a)", "  (2,b)", "  (2,b)",
                OutputComparator.UNORDERED_END, "done");
        List<String> reordered = List.of("join:", OutputComparator.UNORDERED_BEGIN, "  (2,b)", "  (1,a)", "  (2,b)",
                OutputComparator.UNORDERED_END, "done");
        assertEquals(Optional.empty(), comparator.difference(expected, reordered));
    }

    @Test
    void aMultisetDiffersWhenCountsDiffer() {
        List<String> expected = List.of(OutputComparator.UNORDERED_BEGIN, "a", "b", "b", OutputComparator.UNORDERED_END);
        List<String> oneLess = List.of(OutputComparator.UNORDERED_BEGIN, "a", "b", "a", OutputComparator.UNORDERED_END);
        Optional<String> difference = comparator.difference(expected, oneLess);
        assertTrue(difference.isPresent());
        assertTrue(difference.get().contains("missing [b]") && difference.get().contains("unexpected [a]"), difference.get());
        List<String> shorter = List.of(OutputComparator.UNORDERED_BEGIN, "a", "b", OutputComparator.UNORDERED_END);
        assertTrue(comparator.difference(expected, shorter).isPresent());
    }

    @Test
    void aSectionDoesNotLetLinesMoveAcrossItsBorders() {
        List<String> expected = List.of("before", OutputComparator.UNORDERED_BEGIN, "a", OutputComparator.UNORDERED_END, "after");
        List<String> moved = List.of("before", OutputComparator.UNORDERED_BEGIN, "after", OutputComparator.UNORDERED_END, "a");
        assertTrue(comparator.difference(expected, moved).isPresent());
        List<String> unmarked = List.of("before", "a", "after");
        assertTrue(comparator.difference(expected, unmarked).isPresent());
    }

    @Test
    void floatingPointNumbersMatchWithinRelativeTolerance() {
        assertTrue(comparator.linesMatch("rank 0.8455907323838189", "rank 0.8455907323838191"));
        assertTrue(comparator.linesMatch("sum 249750.00000000003", "sum 249750.0"));
        assertTrue(comparator.linesMatch("[1.0000000001E10, 2.5]", "[1.0000000002E10, 2.5]"));
        assertFalse(comparator.linesMatch("rank 0.8455907", "rank 0.8455908"));
        assertFalse(comparator.linesMatch("mean 1.0", "mean 1.00001"));
    }

    @Test
    void floatingPointNumbersNearZeroMatchWithinAbsoluteTolerance() {
        assertTrue(comparator.linesMatch("gradient 0.0", "gradient 4.0E-13"));
        assertTrue(comparator.linesMatch("gradient -1.0E-13", "gradient 2.0E-13"));
        assertFalse(comparator.linesMatch("gradient 0.0", "gradient 1.0E-11"));
    }

    @Test
    void integersMustBeIdentical() {
        assertFalse(comparator.linesMatch("count 1000000000000", "count 1000000000001"));
        assertFalse(comparator.linesMatch("count 10", "count 10.0"));
        assertTrue(comparator.linesMatch("count 10", "count 10"));
    }

    @Test
    void textAroundNumbersMustBeIdentical() {
        assertFalse(comparator.linesMatch("(a,1.5)", "(b,1.5)"));
        assertFalse(comparator.linesMatch("mean 1.5", "mean 1.5 extra"));
        assertFalse(comparator.linesMatch("1.5 1.5", "1.5"));
        assertTrue(comparator.linesMatch("NaN Infinity", "NaN Infinity"));
        assertFalse(comparator.linesMatch("NaN", "0.0"));
    }

    @Test
    void toleranceAppliesInsideMarkedSections() {
        List<String> expected = List.of(OutputComparator.UNORDERED_BEGIN, "(x,0.30000000000000004)", "(y,1.0)", OutputComparator.UNORDERED_END);
        List<String> actual = List.of(OutputComparator.UNORDERED_BEGIN, "(y,1.0)", "(x,0.3)", OutputComparator.UNORDERED_END);
        assertEquals(Optional.empty(), comparator.difference(expected, actual));
        List<String> wrong = List.of(OutputComparator.UNORDERED_BEGIN, "(y,1.0)", "(x,0.31)", OutputComparator.UNORDERED_END);
        assertTrue(comparator.difference(expected, wrong).isPresent());
    }

    @Test
    void aMarkedSectionAgainstPlainLinesIsADifference() {
        List<String> expected = List.of(OutputComparator.UNORDERED_BEGIN, "a", OutputComparator.UNORDERED_END);
        assertTrue(comparator.difference(expected, List.of("a")).isPresent());
        assertTrue(comparator.difference(List.of("a"), expected).isPresent());
    }
}
