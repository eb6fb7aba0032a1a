package org.apache.spark.api.java.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class FunctionInterfacesTest {
    private static final List<Class<?>> ALL = List.of(CoGroupFunction.class, DoubleFlatMapFunction.class,
            DoubleFunction.class, FilterFunction.class, FlatMapFunction.class, FlatMapFunction2.class,
            FlatMapGroupsFunction.class, ForeachFunction.class, ForeachPartitionFunction.class, Function.class,
            Function0.class, Function2.class, Function3.class, Function4.class, MapFunction.class,
            MapGroupsFunction.class, MapPartitionsFunction.class, PairFlatMapFunction.class, PairFunction.class,
            ReduceFunction.class, VoidFunction.class, VoidFunction2.class);

    @Test
    void eachIsASerializableFunctionalInterfaceWhoseCallThrowsException() {
        for (Class<?> type : ALL) {
            assertTrue(type.isInterface() && type.isAnnotationPresent(FunctionalInterface.class), type.getName());
            assertTrue(Serializable.class.isAssignableFrom(type), type.getName());
            java.lang.reflect.Method call = Arrays.stream(type.getMethods())
                    .filter(method -> method.getName().equals("call")).findFirst().orElseThrow();
            assertEquals(List.of(Exception.class), List.of(call.getExceptionTypes()), type.getName());
        }
    }

    @Test
    void lambdasSurviveJavaSerializationAndStillWork() throws Exception {
        int offset = 3;
        Function<Integer, Integer> add = value -> value + offset;
        PairFunction<String, String, Integer> pair = word -> new Tuple2<>(word, word.length());
        FlatMapFunction<String, String> split = line -> Arrays.asList(line.split(" ")).iterator();
        Function2<Integer, Integer, Integer> sum = Integer::sum;
        DoubleFunction<String> length = String::length;

        assertEquals(10, roundTrip(add).call(7));
        assertEquals(new Tuple2<>("spark", 5), roundTrip(pair).call("spark"));
        Iterator<String> words = roundTrip(split).call("a b");
        assertEquals("a", words.next());
        assertEquals("b", words.next());
        assertEquals(5, roundTrip(sum).call(2, 3));
        assertEquals(4.0, roundTrip(length).call("four"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T function) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(function);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
