package org.apache.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import scala.Option;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

class SparkConfTest {
    @Test
    void defaultConstructorLoadsSparkSystemPropertiesOnly() {
        System.setProperty("spark.ignis.conf.test", "from-property");
        System.setProperty("ignis.conf.test.other", "not spark");
        try {
            SparkConf loaded = new SparkConf();
            assertEquals("from-property", loaded.get("spark.ignis.conf.test"));
            assertFalse(loaded.contains("ignis.conf.test.other"));
            assertFalse(new SparkConf(false).contains("spark.ignis.conf.test"));
            assertTrue(new SparkConf(true).contains("spark.ignis.conf.test"));
        } finally {
            System.clearProperty("spark.ignis.conf.test");
            System.clearProperty("ignis.conf.test.other");
        }
    }

    @Test
    void settersChainAndUseSparksKeys() {
        SparkConf conf = new SparkConf(false);
        assertSame(conf, conf.setMaster("local[2]").setAppName("app").setSparkHome("/opt/spark")
                .setExecutorEnv("PATH_EXTRA", "/x").set("spark.custom", "1").setIfMissing("spark.custom", "2")
                .remove("spark.nothing"));
        assertEquals("local[2]", conf.get("spark.master"));
        assertEquals("app", conf.get("spark.app.name"));
        assertEquals("/opt/spark", conf.get("spark.home"));
        assertEquals("/x", conf.get("spark.executorEnv.PATH_EXTRA"));
        assertEquals("1", conf.get("spark.custom"));
        conf.setIfMissing("spark.other", "3");
        assertEquals("3", conf.get("spark.other"));
        conf.remove("spark.other");
        assertFalse(conf.contains("spark.other"));
    }

    @Test
    void setJarsDropsNullsAndJoinsWithCommas() {
        SparkConf conf = new SparkConf(false).setJars(new String[] {"a.jar", null, "b.jar"});
        assertEquals("a.jar,b.jar", conf.get("spark.jars"));
        conf.setJars(CollectionConverters.asScala(List.of("c.jar")).toList());
        assertEquals("c.jar", conf.get("spark.jars"));
    }

    @Test
    void executorEnvironmentInAllItsForms() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Tuple2<String, String>[] first = new Tuple2[] {new Tuple2<>("A", "1")};
        SparkConf conf = new SparkConf(false)
                .setExecutorEnv(first)
                .setExecutorEnv(CollectionConverters.asScala(List.of(new Tuple2<>("B", "2"))).toList());
        Set<Tuple2<String, String>> environment =
                Set.copyOf(CollectionConverters.asJava(conf.getExecutorEnv()));
        assertEquals(Set.of(new Tuple2<>("A", "1"), new Tuple2<>("B", "2")), environment);
    }

    @Test
    void setAllAndGetAll() {
        SparkConf conf = new SparkConf(false).setAll(
                CollectionConverters.asScala(List.of(new Tuple2<>("spark.a", "1"), new Tuple2<>("spark.b", "2"))));
        Map<String, String> all = Arrays.stream(conf.getAll()).collect(Collectors.toMap(Tuple2::_1, Tuple2::_2));
        assertEquals(Map.of("spark.a", "1", "spark.b", "2"), all);
        assertEquals(Map.of("spark.a", "1", "spark.b", "2"), conf.getAllAsJavaMap());
        assertThrows(UnsupportedOperationException.class, () -> conf.getAllAsJavaMap().put("x", "y"));
    }

    @Test
    void getAllWithPrefixStripsThePrefix() {
        SparkConf conf = new SparkConf(false).set("spark.x.one", "1").set("spark.x.two", "2").set("spark.y", "3");
        Map<String, String> x = Arrays.stream(conf.getAllWithPrefix("spark.x."))
                .collect(Collectors.toMap(Tuple2::_1, Tuple2::_2));
        assertEquals(Map.of("one", "1", "two", "2"), x);
        assertEquals(0, conf.getAllWithPrefix("spark.z.").length);
    }

    @Test
    void missingKeyThrowsNoSuchElementNamingIt() {
        SparkConf conf = new SparkConf(false);
        NoSuchElementException error = assertThrows(NoSuchElementException.class, () -> conf.get("spark.missing"));
        assertEquals("spark.missing", error.getMessage());
        assertEquals("fallback", conf.get("spark.missing", "fallback"));
        assertEquals(Option.empty(), conf.getOption("spark.missing"));
        assertEquals(Option.apply("v"), conf.set("spark.present", "v").getOption("spark.present"));
        assertThrows(NoSuchElementException.class, () -> conf.getTimeAsMs("spark.missing"));
        assertThrows(NoSuchElementException.class, conf::getAppId);
        assertEquals("app-1", conf.set("spark.app.id", "app-1").getAppId());
    }

    @Test
    void nullKeyOrValueIsRejected() {
        SparkConf conf = new SparkConf(false);
        assertEquals("null key", assertThrows(NullPointerException.class, () -> conf.set(null, "v")).getMessage());
        assertEquals("null value for spark.k",
                assertThrows(NullPointerException.class, () -> conf.set("spark.k", null)).getMessage());
    }

    @Test
    void numbersAndBooleans() {
        SparkConf conf = new SparkConf(false).set("i", "42").set("l", "9000000000").set("d", "2.5")
                .set("b", "TRUE").set("bad", "abc").set("maybe", "yes");
        assertEquals(42, conf.getInt("i", 0));
        assertEquals(7, conf.getInt("none", 7));
        assertEquals(9_000_000_000L, conf.getLong("l", 0));
        assertEquals(2.5, conf.getDouble("d", 0));
        assertTrue(conf.getBoolean("b", false));
        assertTrue(conf.getBoolean("none", true));
        NumberFormatException badInt = assertThrows(NumberFormatException.class, () -> conf.getInt("bad", 0));
        assertEquals("Illegal value for config key bad: For input string: \"abc\"", badInt.getMessage());
        IllegalArgumentException badBoolean =
                assertThrows(IllegalArgumentException.class, () -> conf.getBoolean("maybe", false));
        assertEquals("Illegal value for config key maybe: For input string: \"yes\"", badBoolean.getMessage());
    }

    @Test
    void durationsInSparksUnits() {
        SparkConf conf = new SparkConf(false).set("t.s", "10s").set("t.ms", "1500ms").set("t.min", "2min")
                .set("t.m", "3m").set("t.h", "1h").set("t.d", "1d").set("t.us", "2500us").set("t.bare", "30")
                .set("t.case", " 5S ");
        assertEquals(10_000, conf.getTimeAsMs("t.s"));
        assertEquals(10, conf.getTimeAsSeconds("t.s"));
        assertEquals(1, conf.getTimeAsSeconds("t.ms"));
        assertEquals(120, conf.getTimeAsSeconds("t.min"));
        assertEquals(180, conf.getTimeAsSeconds("t.m"));
        assertEquals(3_600_000, conf.getTimeAsMs("t.h"));
        assertEquals(86_400, conf.getTimeAsSeconds("t.d"));
        assertEquals(2, conf.getTimeAsMs("t.us"));
        assertEquals(30, conf.getTimeAsSeconds("t.bare"));
        assertEquals(30, conf.getTimeAsMs("t.bare"));
        assertEquals(5, conf.getTimeAsSeconds("t.case"));
        assertEquals(60, conf.getTimeAsSeconds("none", "1min"));
        assertEquals(250, conf.getTimeAsMs("none", "250"));
    }

    @Test
    void badDurationSaysWhatIsAccepted() {
        SparkConf conf = new SparkConf(false).set("t", "10x").set("u", "ten");
        NumberFormatException suffix = assertThrows(NumberFormatException.class, () -> conf.getTimeAsMs("t"));
        assertEquals("Illegal value for config key t: Time must be specified as seconds (s), milliseconds (ms), "
                + "microseconds (us), minutes (m or min), hour (h), or day (d). E.g. 50s, 100ms, or 250us.\n"
                + "Invalid suffix: \"x\"", suffix.getMessage());
        NumberFormatException text = assertThrows(NumberFormatException.class, () -> conf.getTimeAsSeconds("u"));
        assertTrue(text.getMessage().endsWith("\nFailed to parse time string: ten"), text.getMessage());
    }

    @Test
    void sizesInBinaryUnits() {
        SparkConf conf = new SparkConf(false).set("s.g", "1g").set("s.k", "512k").set("s.gib", "2GiB")
                .set("s.mb", "3mb").set("s.b", "1023b").set("s.bare", "64").set("s.t", "1t").set("s.p", "1p");
        assertEquals(1L << 30, conf.getSizeAsBytes("s.g"));
        assertEquals(1024, conf.getSizeAsMb("s.g"));
        assertEquals(1, conf.getSizeAsGb("s.g"));
        assertEquals(512 * 1024, conf.getSizeAsBytes("s.k"));
        assertEquals(2L << 30, conf.getSizeAsBytes("s.gib"));
        assertEquals(3 * 1024, conf.getSizeAsKb("s.mb"));
        assertEquals(0, conf.getSizeAsKb("s.b"));
        assertEquals(64, conf.getSizeAsBytes("s.bare"));
        assertEquals(64, conf.getSizeAsMb("s.bare"));
        assertEquals(1L << 40, conf.getSizeAsBytes("s.t"));
        assertEquals(1L << 50, conf.getSizeAsBytes("s.p"));
        assertEquals(42, conf.getSizeAsBytes("none", 42L));
        assertEquals(2048, conf.getSizeAsBytes("none", "2k"));
        assertEquals(5, conf.getSizeAsMb("none", "5m"));
        assertEquals(4, conf.getSizeAsKb("none", "4"));
        assertEquals(3, conf.getSizeAsGb("none", "3072m"));
    }

    @Test
    void badSizesFailAsSparksDo() {
        SparkConf conf = new SparkConf(false).set("fraction", "1.5g").set("suffix", "5q").set("negative", "-1")
                .set("huge", "9999999999p");
        NumberFormatException fraction =
                assertThrows(NumberFormatException.class, () -> conf.getSizeAsBytes("fraction"));
        assertEquals("Illegal value for config key fraction: Size must be specified as bytes (b), kibibytes (k), "
                + "mebibytes (m), gibibytes (g), tebibytes (t), or pebibytes(p). E.g. 50b, 100k, or 250m.\n"
                + "Fractional values are not supported. Input was: 1.5", fraction.getMessage());
        NumberFormatException suffix = assertThrows(NumberFormatException.class, () -> conf.getSizeAsMb("suffix"));
        assertTrue(suffix.getMessage().endsWith("\nInvalid suffix: \"q\""), suffix.getMessage());
        NumberFormatException negative = assertThrows(NumberFormatException.class, () -> conf.getSizeAsKb("negative"));
        assertTrue(negative.getMessage().endsWith("\nFailed to parse byte string: -1"), negative.getMessage());
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class, () -> conf.getSizeAsBytes("huge"));
        assertFalse(huge instanceof NumberFormatException);
        assertEquals("Illegal value for config key huge: Conversion of 9999999999 exceeds Long.MAX_VALUE in PiB. "
                + "Try a larger unit (e.g. MiB instead of KiB)", huge.getMessage());
    }

    @Test
    void registerKryoClassesRecordsNamesAndSelectsKryo() {
        SparkConf conf = new SparkConf(false).registerKryoClasses(new Class<?>[] {String.class, Integer.class});
        conf.registerKryoClasses(new Class<?>[] {Integer.class, Long.class});
        assertEquals("java.lang.String,java.lang.Integer,java.lang.Long", conf.get("spark.kryo.classesToRegister"));
        assertEquals("org.apache.spark.serializer.KryoSerializer", conf.get("spark.serializer"));
    }

    @Test
    void cloneIsIndependent() {
        SparkConf original = new SparkConf(false).set("spark.a", "1");
        SparkConf copy = original.clone();
        assertNotSame(original, copy);
        copy.set("spark.a", "2").set("spark.b", "3");
        assertEquals("1", original.get("spark.a"));
        assertFalse(original.contains("spark.b"));
        assertEquals("2", copy.get("spark.a"));
    }

    @Test
    void debugStringIsSortedWithSecretsRedacted() {
        SparkConf conf = new SparkConf(false).set("spark.b", "2").set("spark.a", "1")
                .set("spark.my.password", "hunter2").set("spark.c", "token=abc");
        assertEquals("spark.a=1\nspark.b=2\nspark.c=*********(redacted)\nspark.my.password=*********(redacted)",
                conf.toDebugString());
        conf.set("spark.redaction.regex", "nothing-matches");
        assertTrue(conf.toDebugString().contains("spark.my.password=hunter2"));
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        SparkConf conf = new SparkConf(false).setAppName("serialized").set("spark.x", "1");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(conf);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            SparkConf read = assertInstanceOf(SparkConf.class, in.readObject());
            assertEquals("serialized", read.get("spark.app.name"));
            assertEquals("1", read.get("spark.x"));
        }
    }

    @Test
    void readOnlyViewSharesTheSettings() {
        SparkConf conf = new SparkConf(false).set("spark.n", "3");
        ReadOnlySparkConf view = conf;
        assertEquals(3, view.getInt("spark.n", 0));
        conf.set("spark.n", "4");
        assertEquals("4", view.get("spark.n"));
    }
}
