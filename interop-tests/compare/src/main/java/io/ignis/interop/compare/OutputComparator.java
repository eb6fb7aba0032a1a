package io.ignis.interop.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares what a program printed on Spark (expected) with what it printed on Ignis (actual), line
 * by line. Two relaxations, both for output whose exact form Spark does not define: lines between
 * {@value #UNORDERED_BEGIN} and {@value #UNORDERED_END} are compared as a multiset, and
 * floating-point numbers (numeric tokens with a '.' or an exponent) match within a relative
 * tolerance of {@value #RELATIVE_TOLERANCE} (absolute {@value #ABSOLUTE_TOLERANCE} near zero), since
 * sums merged in another order differ in their last bits. Everything else must be identical.
 */
public final class OutputComparator {
    /** Opens an order-insensitive section; the programs' {@code Show} prints the same marker. */
    public static final String UNORDERED_BEGIN = "#unordered-begin";
    /** Closes an order-insensitive section. */
    public static final String UNORDERED_END = "#unordered-end";
    static final double RELATIVE_TOLERANCE = 1e-9;
    static final double ABSOLUTE_TOLERANCE = 1e-12;

    private static final Pattern NUMBER = Pattern.compile(
            "[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");

    /**
     * The first difference between the two outputs, described for a person, or empty when they
     * match under the rules above.
     */
    public Optional<String> difference(List<String> expected, List<String> actual) {
        List<Segment> expectedSegments = segments(expected);
        List<Segment> actualSegments = segments(actual);
        int count = Math.min(expectedSegments.size(), actualSegments.size());
        for (int index = 0; index < count; index++) {
            Segment expectedSegment = expectedSegments.get(index);
            Segment actualSegment = actualSegments.get(index);
            Optional<String> difference = compare(expectedSegment, actualSegment);
            if (difference.isPresent()) {
                return difference;
            }
        }
        if (expectedSegments.size() > count) {
            Segment missing = expectedSegments.get(count);
            return Optional.of("line " + missing.firstLine() + ": expected " + missing.describe() + " but the output ended");
        }
        if (actualSegments.size() > count) {
            Segment extra = actualSegments.get(count);
            return Optional.of("line " + extra.firstLine() + ": unexpected " + extra.describe() + " after the expected output ended");
        }
        return Optional.empty();
    }

    /**
     * Whether two lines match: the same text around numeric tokens, integer tokens identical, and
     * floating-point tokens within the tolerance.
     */
    public boolean linesMatch(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        List<String> expectedTokens = tokens(expected);
        List<String> actualTokens = tokens(actual);
        if (expectedTokens.size() != actualTokens.size()) {
            return false;
        }
        for (int index = 0; index < expectedTokens.size(); index++) {
            String expectedToken = expectedTokens.get(index);
            String actualToken = actualTokens.get(index);
            if (expectedToken.equals(actualToken)) {
                continue;
            }
            // Odd positions hold numeric tokens; text between them must be identical.
            if (index % 2 == 0 || !isFloatingPoint(expectedToken) || !isFloatingPoint(actualToken)) {
                return false;
            }
            if (!closeEnough(Double.parseDouble(expectedToken), Double.parseDouble(actualToken))) {
                return false;
            }
        }
        return true;
    }

    static boolean closeEnough(double expected, double actual) {
        double difference = Math.abs(expected - actual);
        return difference <= ABSOLUTE_TOLERANCE
                || difference <= RELATIVE_TOLERANCE * Math.max(Math.abs(expected), Math.abs(actual));
    }

    private Optional<String> compare(Segment expected, Segment actual) {
        if (expected.unordered() != actual.unordered()) {
            return Optional.of("line " + actual.firstLine() + ": expected " + expected.describe() + " but found " + actual.describe());
        }
        if (!expected.unordered()) {
            String expectedLine = expected.lines().get(0);
            String actualLine = actual.lines().get(0);
            return linesMatch(expectedLine, actualLine)
                    ? Optional.empty()
                    : Optional.of("line " + actual.firstLine() + ": expected <" + expectedLine + "> but was <" + actualLine + ">");
        }
        return compareUnordered(expected, actual);
    }

    private Optional<String> compareUnordered(Segment expected, Segment actual) {
        if (counts(expected.lines()).equals(counts(actual.lines()))) {
            return Optional.empty();
        }
        List<String> unmatched = new ArrayList<>(actual.lines());
        List<String> missing = new ArrayList<>();
        for (String expectedLine : expected.lines()) {
            int match = -1;
            for (int index = 0; index < unmatched.size() && match < 0; index++) {
                if (linesMatch(expectedLine, unmatched.get(index))) {
                    match = index;
                }
            }
            if (match < 0) {
                missing.add(expectedLine);
            } else {
                unmatched.remove(match);
            }
        }
        if (missing.isEmpty() && unmatched.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("order-insensitive section at line " + actual.firstLine() + " differs: missing " + missing
                + ", unexpected " + unmatched);
    }

    private static Map<String, Integer> counts(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            counts.merge(line, 1, Integer::sum);
        }
        return counts;
    }

    /** Text, number, text, number, ..., text: numbers at odd positions. */
    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(line);
        int textStart = 0;
        while (matcher.find()) {
            tokens.add(line.substring(textStart, matcher.start()));
            tokens.add(matcher.group());
            textStart = matcher.end();
        }
        tokens.add(line.substring(textStart));
        return tokens;
    }

    private static boolean isFloatingPoint(String token) {
        return token.indexOf('.') >= 0 || token.indexOf('e') >= 0 || token.indexOf('E') >= 0;
    }

    /** Ordered lines become one segment each; a marked section becomes one unordered segment. */
    private static List<Segment> segments(List<String> lines) {
        List<Segment> segments = new ArrayList<>();
        int index = 0;
        while (index < lines.size()) {
            String line = lines.get(index);
            if (line.trim().equals(UNORDERED_BEGIN)) {
                List<String> section = new ArrayList<>();
                int begin = index;
                index++;
                while (index < lines.size() && !lines.get(index).trim().equals(UNORDERED_END)) {
                    section.add(lines.get(index));
                    index++;
                }
                index++; // past the end marker (or past the end of an unterminated section)
                segments.add(new Segment(true, section, begin + 1));
            } else {
                segments.add(new Segment(false, List.of(line), index + 1));
                index++;
            }
        }
        return segments;
    }

    /** One ordered line, or the lines of one order-insensitive section; firstLine counts from 1. */
    private record Segment(boolean unordered, List<String> lines, int firstLine) {
        String describe() {
            return unordered ? "an order-insensitive section of " + lines.size() + " lines" : "<" + lines.get(0) + ">";
        }
    }
}
