package org.apache.spark.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.ignis.rdd.random.SparkExpected;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scala.collection.IterableOnce;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * StatCounter merges with Spark's arithmetic, bit for bit, and prints as Spark prints (expected values
 * from Spark 4.2.0's own StatCounter, see SparkExpected).
 */
class StatCounterTest {
    static Stream<SparkExpected.Line> merges() {
        return SparkExpected.lines("MERGE").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("merges")
    void mergeOfCountersIsSparksToTheBit(SparkExpected.Line line) {
        // All three of Spark's mean updates: the other side ten times smaller, ten times larger, or neither.
        int leftCount = Integer.parseInt(line.argument(0));
        int rightCount = Integer.parseInt(line.argument(1));
        List<Double> values = SparkExpected.statValues(leftCount + rightCount, 12345.678);
        StatCounter left = new StatCounter();
        values.subList(0, leftCount).forEach(left::merge);
        StatCounter right = new StatCounter();
        values.subList(leftCount, values.size()).forEach(right::merge);

        StatCounter merged = left.merge(right);

        assertSame(left, merged);
        assertEquals(line.result(), merged.count() + " " + merged.mean() + " " + merged.sum() + " " + merged.max()
                + " " + merged.min() + " " + merged.variance() + " " + merged.sampleVariance());
    }

    @Test
    void mergingACounterIntoItselfDoublesIt() {
        StatCounter counter = new StatCounter();
        SparkExpected.statValues(7, 1.5).forEach(counter::merge);
        counter.merge(counter);
        assertEquals(SparkExpected.lines("MERGESELF").get(0).result(),
                counter.count() + " " + counter.mean() + " " + counter.variance() + " " + counter);
    }

    @Test
    void emptyNanAndInfinityPrintAsSparks() {
        StatCounter empty = new StatCounter();
        assertEquals(SparkExpected.lines("EMPTY").get(0).result(),
                empty + " " + empty.sampleVariance() + " " + empty.sum());
        assertEquals(SparkExpected.lines("NAN").get(0).result(),
                new StatCounter().merge(Double.NaN).merge(1.0).toString());
        assertEquals(SparkExpected.lines("INF").get(0).result(),
                new StatCounter().merge(Double.POSITIVE_INFINITY).merge(1.0).toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void scalaCollectionsAreAcceptedAsInSpark() {
        List<Object> values = new ArrayList<>(List.of(1.0, 2.0, 4.0));
        IterableOnce<Object> iterable = (IterableOnce<Object>) (Object) CollectionConverters.asScala(values);
        Seq<Object> seq = CollectionConverters.asScala(values).toList();

        StatCounter fromConstructor = new StatCounter(iterable);
        StatCounter fromApply = StatCounter.apply(seq);
        StatCounter fromMerge = new StatCounter().merge(iterable);

        for (StatCounter counter : List.of(fromConstructor, fromApply, fromMerge, StatCounter.apply(iterable))) {
            assertEquals(3, counter.count());
            assertEquals(7.0, counter.sum());
            assertEquals(4.0, counter.max());
        }
    }

    @Test
    void copyIsIndependentAndSerializationKeepsTheState() throws Exception {
        StatCounter counter = new StatCounter().merge(3.0).merge(5.0);
        StatCounter copy = counter.copy();
        counter.merge(100.0);
        assertEquals(2, copy.count());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(copy);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            StatCounter read = (StatCounter) in.readObject();
            assertEquals(copy.toString(), read.toString());
            assertEquals(copy.sampleVariance(), read.sampleVariance());
        }
    }
}
