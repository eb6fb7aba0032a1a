package io.ignis.runtime.store;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An estimate of how many heap bytes an object graph takes, for the object store's budget. Values
 * stay Java objects on their node (handed to local consumers without serialization), so their size
 * is not known from a wire form. Exact for primitive arrays, strings' lengths and boxed values;
 * large arrays and collections are sampled and the sample scaled up (as Spark's SizeEstimator
 * does); other objects are walked field by field. Fields the JVM will not open to reflection (JDK
 * internals of unknown classes) count as a reference each. Object refs and actor handles count as
 * their ids only. Assumes a 64-bit JVM with compressed
 * references (12-byte headers, 4-byte references, 8-byte alignment).
 */
public final class SizeEstimator {
    private static final int HEADER = 12;
    private static final int ARRAY_HEADER = 16;
    private static final int REFERENCE = 4;
    /** Elements of an array or collection walked before the rest is estimated from them. */
    private static final int SAMPLE = 100;
    /** Objects walked in one estimate before the rest of the graph is assumed as large again. */
    private static final int MAX_VISITED = 20_000;

    private static final ClassValue<ClassInfo> INFO = new ClassValue<>() {
        @Override
        protected ClassInfo computeValue(Class<?> type) {
            return ClassInfo.of(type);
        }
    };

    private SizeEstimator() {}

    /** Bytes of {@code value} and what it reaches (shared parts counted once). */
    public static long estimate(Object value) {
        if (value == null) {
            return 0;
        }
        Long simple = simple(value);
        if (simple != null) {
            return simple;
        }
        return new Walk().size(value);
    }

    /** The size of values that reach nothing else worth walking; null for others. */
    private static Long simple(Object value) {
        Class<?> type = value.getClass();
        if (type == byte[].class) {
            return align(ARRAY_HEADER + (long) ((byte[]) value).length);
        }
        if (type.isArray() && type.getComponentType().isPrimitive()) {
            return align(ARRAY_HEADER + (long) Array.getLength(value) * primitiveSize(type.getComponentType()));
        }
        if (value instanceof String s) {
            return 24 + align(ARRAY_HEADER + (long) s.length()); // Latin-1 strings; UTF-16 ones take twice the array
        }
        if (value instanceof ByteBuffer buffer) {
            return 64 + (long) buffer.capacity(); // direct buffers' bytes are memory too, if not heap
        }
        if (value instanceof io.ignis.api.ObjectRef<?> || value instanceof io.ignis.api.ActorHandle<?>) {
            // An id and a pointer to its node's shared bookkeeping, which is not the value's to count
            // (walking it would count the whole node's object table once per ref).
            return 32L;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Character || value instanceof Enum<?>
                || value instanceof Class<?>) {
            return 16L;
        }
        return null;
    }

    private static final class Walk {
        private final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        private final List<Object> stack = new ArrayList<>();
        private long total;

        long size(Object root) {
            push(root);
            while (!stack.isEmpty()) {
                if (seen.size() > MAX_VISITED) {
                    return total * 2; // a very large graph: what is left is guessed as large as what was walked
                }
                visit(stack.remove(stack.size() - 1));
            }
            return total;
        }

        private void push(Object value) {
            if (value != null && seen.put(value, Boolean.TRUE) == null) {
                stack.add(value);
            }
        }

        private void visit(Object value) {
            Long simple = simple(value);
            if (simple != null) {
                total += simple;
                return;
            }
            Class<?> type = value.getClass();
            if (type.isArray()) {
                Object[] array = (Object[]) value;
                total += align(ARRAY_HEADER + (long) array.length * REFERENCE);
                // Elements evenly spread over the array: the first ones may not be typical (a hash
                // table of small integer keys fills its first slots and leaves later ones empty).
                int picks = Math.min(array.length, SAMPLE);
                sampled(array.length, new Iterator<>() {
                    int k;

                    @Override
                    public boolean hasNext() {
                        return k < picks;
                    }

                    @Override
                    public Object next() {
                        return array[(int) ((long) k++ * array.length / picks)];
                    }
                });
                return;
            }
            ClassInfo info = INFO.get(type);
            total += info.shallow;
            if (!info.open && value instanceof Collection<?> collection) {
                // A JDK collection whose fields are closed to reflection: its elements through its API,
                // plus a node of about 32 bytes per element (the common case of lists, sets and maps).
                int n = collection.size();
                total += 32L * n;
                sampled(n, collection.iterator());
                return;
            }
            if (!info.open && value instanceof Map<?, ?> map) {
                int n = map.size();
                total += 48L * n;
                Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
                sampled(n, new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return entries.hasNext();
                    }

                    @Override
                    public Object next() {
                        Map.Entry<?, ?> e = entries.next();
                        return new Object[] {e.getKey(), e.getValue()};
                    }
                });
                return;
            }
            for (Field field : info.references) {
                try {
                    push(field.get(value));
                } catch (IllegalAccessException e) {
                    // counted as a reference in the shallow size already
                }
            }
        }

        /**
         * Walks up to {@link #SAMPLE} elements and scales up for the others. As in Spark's estimator,
         * the sample is taken in two halves (alternate elements) and the rest is scaled from the
         * smaller half: an object that all elements share is counted in the first half only, so it
         * is counted once and not multiplied by the number of elements.
         */
        private void sampled(int length, Iterator<?> elements) {
            if (length <= SAMPLE) {
                while (elements.hasNext()) {
                    push(elements.next());
                }
                return;
            }
            Walk sample = new Walk();
            sample.seen.putAll(seen);
            long[] halves = new long[2];
            int walked = 0;
            while (elements.hasNext() && walked < SAMPLE) {
                sample.total = 0;
                sample.push(elements.next());
                while (!sample.stack.isEmpty() && sample.seen.size() < MAX_VISITED) {
                    sample.visit(sample.stack.remove(sample.stack.size() - 1));
                }
                halves[walked % 2] += sample.total;
                walked++;
            }
            long perElement = Math.min(halves[0], halves[1]) / Math.max(1, walked / 2);
            total += halves[0] + halves[1] + perElement * (length - walked);
        }
    }

    /** A class's fixed size and the reference fields to follow. */
    private record ClassInfo(long shallow, List<Field> references, boolean open) {
        static ClassInfo of(Class<?> type) {
            long bytes = HEADER;
            List<Field> references = new ArrayList<>();
            boolean open = true;
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    Class<?> fieldType = field.getType();
                    bytes += fieldType.isPrimitive() ? primitiveSize(fieldType) : REFERENCE;
                    if (!fieldType.isPrimitive()) {
                        if (field.trySetAccessible()) {
                            references.add(field);
                        } else {
                            open = false;
                        }
                    }
                }
            }
            return new ClassInfo(align(bytes), List.copyOf(references), open);
        }
    }

    private static int primitiveSize(Class<?> type) {
        if (type == long.class || type == double.class) {
            return 8;
        }
        if (type == int.class || type == float.class) {
            return 4;
        }
        if (type == short.class || type == char.class) {
            return 2;
        }
        return 1;
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
