package org.apache.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import scala.Option;
import scala.Tuple2;
import scala.collection.Iterable;
import scala.collection.immutable.ArraySeq;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A Spark application's configuration: string settings by key, set with chained setters
 * ({@code new SparkConf().setAppName("app").setMaster("local[2]")}) and read with typed getters
 * ({@link ReadOnlySparkConf}). {@code new SparkConf()} starts from the JVM's system properties
 * whose names start with {@code spark.}; {@code new SparkConf(false)} starts empty. Keys are
 * Spark's ({@code spark.master}, {@code spark.app.name}, {@code spark.jars},
 * {@code spark.executorEnv.NAME}...). Ignis reads the settings it understands and keeps the rest,
 * so a program can set and read any key as on Spark. Safe to use from several threads.
 */
public class SparkConf implements ReadOnlySparkConf, Cloneable, Serializable {
    private static final long serialVersionUID = 1L;

    private static final String SPARK_PREFIX = "spark.";
    private static final String MASTER = "spark.master";
    private static final String APP_NAME = "spark.app.name";
    private static final String APP_ID = "spark.app.id";
    private static final String JARS = "spark.jars";
    private static final String SPARK_HOME = "spark.home";
    private static final String EXECUTOR_ENV_PREFIX = "spark.executorEnv.";
    private static final String KRYO_CLASSES = "spark.kryo.classesToRegister";
    private static final String SERIALIZER = "spark.serializer";
    private static final String KRYO_SERIALIZER = "org.apache.spark.serializer.KryoSerializer";
    private static final String REDACTION_REGEX = "spark.redaction.regex";
    private static final String DEFAULT_REDACTION_REGEX = "(?i)secret|password|token|access[.]?key";
    private static final String REDACTED = "*********(redacted)";

    private final ConcurrentHashMap<String, String> settings = new ConcurrentHashMap<>();

    /** A configuration holding the {@code spark.*} system properties when {@code loadDefaults}. */
    public SparkConf(boolean loadDefaults) {
        if (loadDefaults) {
            Properties properties = System.getProperties();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(SPARK_PREFIX)) {
                    set(key, properties.getProperty(key));
                }
            }
        }
    }

    /** A configuration holding the {@code spark.*} system properties. */
    public SparkConf() {
        this(true);
    }

    /** Sets {@code key} to {@code value}; neither may be null. */
    public SparkConf set(String key, String value) {
        if (key == null) {
            throw new NullPointerException("null key");
        }
        if (value == null) {
            throw new NullPointerException("null value for " + key);
        }
        settings.put(key, value);
        return this;
    }

    /** The master URL ({@code local}, {@code local[4]}, {@code local[*]}, a cluster's address). */
    public SparkConf setMaster(String master) {
        return set(MASTER, master);
    }

    public SparkConf setAppName(String name) {
        return set(APP_NAME, name);
    }

    /** Jars to ship to the cluster, as {@code spark.jars} (null entries are dropped). */
    public SparkConf setJars(Seq<String> jars) {
        return setJars(CollectionConverters.asJava(jars));
    }

    public SparkConf setJars(String[] jars) {
        return setJars(Arrays.asList(jars));
    }

    private SparkConf setJars(List<String> jars) {
        return set(JARS, jars.stream().filter(jar -> jar != null).collect(Collectors.joining(",")));
    }

    /** An environment variable for executors, as {@code spark.executorEnv.NAME}. */
    public SparkConf setExecutorEnv(String variable, String value) {
        return set(EXECUTOR_ENV_PREFIX + variable, value);
    }

    public SparkConf setExecutorEnv(Seq<Tuple2<String, String>> variables) {
        for (Tuple2<String, String> variable : CollectionConverters.asJava(variables)) {
            setExecutorEnv(variable._1(), variable._2());
        }
        return this;
    }

    public SparkConf setExecutorEnv(Tuple2<String, String>[] variables) {
        for (Tuple2<String, String> variable : variables) {
            setExecutorEnv(variable._1(), variable._2());
        }
        return this;
    }

    public SparkConf setSparkHome(String home) {
        return set(SPARK_HOME, home);
    }

    public SparkConf setAll(Iterable<Tuple2<String, String>> pairs) {
        for (Tuple2<String, String> pair : CollectionConverters.asJava(pairs)) {
            set(pair._1(), pair._2());
        }
        return this;
    }

    /** Sets {@code key} only if it has no value yet. */
    public SparkConf setIfMissing(String key, String value) {
        settings.putIfAbsent(key, value);
        return this;
    }

    /**
     * Records classes for Kryo registration, as Spark does: adds their names to
     * {@code spark.kryo.classesToRegister} and selects Spark's Kryo serializer. Ignis serializes
     * with Kryo already, so the setting changes nothing else.
     */
    public SparkConf registerKryoClasses(Class<?>[] classes) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : get(KRYO_CLASSES, "").split(",")) {
            if (!name.trim().isEmpty()) {
                names.add(name.trim());
            }
        }
        for (Class<?> type : classes) {
            names.add(type.getName());
        }
        set(KRYO_CLASSES, String.join(",", names));
        return set(SERIALIZER, KRYO_SERIALIZER);
    }

    public SparkConf remove(String key) {
        settings.remove(key);
        return this;
    }

    @Override
    public Option<String> getOption(String key) {
        return Option.apply(settings.get(key));
    }

    @Override
    public Tuple2<String, String>[] getAll() {
        return pairs(settings.entrySet().stream()
                .map(entry -> new Tuple2<>(entry.getKey(), entry.getValue()))
                .toList());
    }

    /** The settings whose keys start with {@code prefix}, with the prefix taken off the keys. */
    public Tuple2<String, String>[] getAllWithPrefix(String prefix) {
        return pairs(Arrays.stream(getAll())
                .filter(pair -> pair._1().startsWith(prefix))
                .map(pair -> new Tuple2<>(pair._1().substring(prefix.length()), pair._2()))
                .toList());
    }

    /** The executor environment variables set with {@code setExecutorEnv}, as (name, value). */
    public Seq<Tuple2<String, String>> getExecutorEnv() {
        return ArraySeq.unsafeWrapArray(getAllWithPrefix(EXECUTOR_ENV_PREFIX));
    }

    /** The application id ({@code spark.app.id}), set when the application starts. */
    public String getAppId() {
        return get(APP_ID);
    }

    @Override
    public boolean contains(String key) {
        return settings.containsKey(key);
    }

    /** A copy: changing either changes the other no more. */
    @Override
    public SparkConf clone() {
        SparkConf copy = new SparkConf(false);
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            copy.set(setting.getKey(), setting.getValue());
        }
        return copy;
    }

    /**
     * Every setting as {@code key=value} lines sorted by key, the values of secret-looking
     * settings (key or value matching {@code spark.redaction.regex}) shown as
     * {@code *********(redacted)}.
     */
    public String toDebugString() {
        Pattern secret = Pattern.compile(get(REDACTION_REGEX, DEFAULT_REDACTION_REGEX));
        List<Tuple2<String, String>> lines = new ArrayList<>();
        for (Tuple2<String, String> pair : getAll()) {
            boolean redact = secret.matcher(pair._1()).find() || secret.matcher(pair._2()).find();
            lines.add(redact ? new Tuple2<>(pair._1(), REDACTED) : pair);
        }
        lines.sort(Comparator.comparing((Tuple2<String, String> pair) -> pair._1()).thenComparing(Tuple2::_2));
        return lines.stream().map(pair -> pair._1() + "=" + pair._2()).collect(Collectors.joining("\n"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Tuple2<String, String>[] pairs(List<Tuple2<String, String>> pairs) {
        return pairs.toArray(new Tuple2[0]);
    }
}
