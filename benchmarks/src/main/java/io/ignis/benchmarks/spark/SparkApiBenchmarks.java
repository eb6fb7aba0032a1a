package io.ignis.benchmarks.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The Spark-API workloads as JMH benchmarks, one method per {@link Workload} (named as its report
 * row), each run in one fork per engine: JMH runs a method's {@code engine} values in order, so the
 * forks alternate Ignis, Spark, Ignis, Spark. A fork opens its engine's {@link EngineSession}
 * (context start is not measured), prepares the workload, and times whole jobs, input files read
 * each time. Every answer must equal the fork's first, and the first is written to the answers
 * folder for {@link SparkRun} to compare across engines. The fork is told where things are by the
 * system properties {@value #SPARK_API}, {@value #DATA} and {@value #ANSWERS}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SparkApiBenchmarks {
    static final String SPARK_API = "ignis.bench.sparkApi";
    static final String DATA = "ignis.bench.data";
    static final String ANSWERS = "ignis.bench.answers";

    @Param({"ignis", "spark"})
    public String engine;

    private Workload workload;
    private EngineSession session;
    private Callable<String> job;
    private String answer;

    @Setup(Level.Trial)
    public void open(BenchmarkParams params) throws Exception {
        workload = Workload.ofBenchmark(params.getBenchmark());
        session = EngineSession.open(Engine.of(engine), Path.of(setting(SPARK_API)), Path.of(setting(DATA)));
        job = session.prepare(workload);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        try {
            if (answer != null) {
                Path answers = Files.createDirectories(Path.of(setting(ANSWERS)));
                Files.writeString(answers.resolve(answerFile(workload, Engine.of(engine))), answer);
            }
        } finally {
            session.close();
        }
    }

    /** The file a fork writes its answer to. */
    static String answerFile(Workload workload, Engine engine) {
        return workload.id() + "-" + engine.id() + ".txt";
    }

    private String runOnce() throws Exception {
        String result = job.call();
        if (answer == null) {
            answer = result;
        } else if (!answer.equals(result)) {
            throw new IllegalStateException(workload.id() + " on " + engine + " answered " + result + " after " + answer);
        }
        return result;
    }

    private static String setting(String name) throws IOException {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IOException("the fork was started without -D" + name + " (run it through bin/ignis bench spark)");
        }
        return value;
    }

    @Benchmark
    public String wordcount() throws Exception {
        return runOnce();
    }

    @Benchmark
    public String reduce_by_key() throws Exception {
        return runOnce();
    }

    @Benchmark
    public String group_by_key() throws Exception {
        return runOnce();
    }

    @Benchmark
    public String sort_by_key() throws Exception {
        return runOnce();
    }

    @Benchmark
    public String join() throws Exception {
        return runOnce();
    }

    @Benchmark
    public String pagerank() throws Exception {
        return runOnce();
    }

    @Benchmark
    public String cache_reuse() throws Exception {
        return runOnce();
    }

    /**
     * Milliseconds a job: the average over many jobs in timed iterations, not one shot. Spark's job
     * path takes some 200 jobs (about 4 s) to settle (48 ms a job in the first 50, 12 ms after 200),
     * hence the long warm-up.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 5, time = 1)
    public String small_job() throws Exception {
        return runOnce();
    }

    @Benchmark
    public String broadcast() throws Exception {
        return runOnce();
    }
}
