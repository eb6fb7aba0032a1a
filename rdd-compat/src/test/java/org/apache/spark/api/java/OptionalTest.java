package org.apache.spark.api.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class OptionalTest {
    @Test
    void presentValue() {
        Optional<String> present = Optional.of("x");
        assertTrue(present.isPresent());
        assertEquals("x", present.get());
        assertEquals("x", present.orElse("y"));
        assertEquals("x", present.or("y"));
        assertEquals("x", present.orNull());
        assertEquals("Optional[x]", present.toString());
        assertEquals("x".hashCode(), present.hashCode());
    }

    @Test
    void emptyValueAndItsGetThrowsNullPointerAsSparksDoes() {
        Optional<String> empty = Optional.empty();
        assertFalse(empty.isPresent());
        assertThrows(NullPointerException.class, empty::get);
        assertEquals("y", empty.orElse("y"));
        assertEquals("y", empty.or("y"));
        assertNull(empty.orNull());
        assertEquals("Optional.empty", empty.toString());
        assertEquals(0, empty.hashCode());
    }

    @Test
    void factories() {
        assertThrows(NullPointerException.class, () -> Optional.of(null));
        assertSame(Optional.empty(), Optional.ofNullable(null));
        assertSame(Optional.empty(), Optional.absent());
        assertSame(Optional.empty(), Optional.fromNullable(null));
        assertEquals(Optional.of(3), Optional.ofNullable(3));
        assertEquals(Optional.of(3), Optional.fromNullable(3));
    }

    @Test
    void equalityIsByValue() {
        assertEquals(Optional.of("a"), Optional.of(new String("a")));
        assertNotEquals(Optional.of("a"), Optional.of("b"));
        assertNotEquals(Optional.of("a"), Optional.empty());
        assertEquals(Optional.empty(), Optional.absent());
        assertNotEquals(Optional.of("a"), java.util.Optional.of("a"));
        assertNotEquals(Optional.empty(), null);
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        assertEquals(Optional.of(42L), roundTrip(Optional.of(42L)));
        assertSame(Optional.empty(), roundTrip(Optional.empty()));
    }

    private static Object roundTrip(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
