package io.ignis.rdd.io;

import static io.ignis.rdd.io.IoTesting.collect;
import static io.ignis.rdd.io.IoTesting.map;
import static io.ignis.rdd.io.IoTesting.partitions;
import static io.ignis.rdd.io.IoTesting.visibleNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.rdd.JobFailedException;
import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import io.ignis.rdd.ops.ParallelCollectionRdd;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.BytesWritable;
import org.apache.hadoop.io.IntWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.SequenceFile;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.hadoop.mapred.FileAlreadyExistsException;
import org.apache.hadoop.mapred.SequenceFileOutputFormat;
import org.apache.hadoop.mapred.TextOutputFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/**
 * The saveAs* actions on a real two-node runtime, writing through the local Hadoop file system.
 * Layouts and file sizes given as literals are what Spark 4.2.0 wrote for the same data (a scratch
 * program run against spark-core_2.13 4.2.0).
 */
class HadoopOutputTest {
    private static RddContext context;
    private static HadoopInput input;
    private static HadoopOutput output;
    @TempDir
    static Path folder;

    @BeforeAll
    static void start() {
        context = IoTesting.newContext();
        Configuration conf = new Configuration();
        input = new HadoopInput(context, conf);
        output = new HadoopOutput(conf);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static Rdd<String> strings(List<String> values, int partitions) {
        return new ParallelCollectionRdd<>(context, values, partitions);
    }

    private static Rdd<Tuple2<IntWritable, Text>> writablePairs() {
        return map(new ParallelCollectionRdd<>(context, List.of(1, 2, 3), 2), i -> new Tuple2<>(new IntWritable(i), new Text("v" + i)));
    }

    @Test
    void textFileLayoutHasOnePartFilePerPartitionAndSuccess() throws IOException {
        Path out = folder.resolve("text");
        output.saveAsTextFile(strings(List.of("x", "y"), 4), out.toString(), null);
        assertEquals(new TreeSet<>(Set.of("_SUCCESS", "part-00000", "part-00001", "part-00002", "part-00003")), visibleNames(out));
        assertFalse(Files.exists(out.resolve("_temporary")));
        // Spark 4.2.0: empty partitions get empty files; part sizes 0, 2, 0, 2.
        assertEquals(List.of(0L, 2L, 0L, 2L), List.of(Files.size(out.resolve("part-00000")), Files.size(out.resolve("part-00001")),
                Files.size(out.resolve("part-00002")), Files.size(out.resolve("part-00003"))));
        assertEquals("x\n", Files.readString(out.resolve("part-00001")));
        assertEquals(0, Files.size(out.resolve("_SUCCESS")));
        assertEquals(List.of("x", "y"), collect(context, input.textFile(out.toString(), 1)).stream().sorted().toList());
    }

    @Test
    void textRoundTripKeepsOrder() {
        List<String> lines = IntStream.range(0, 5000).mapToObj(i -> "row " + i + " \u00e9").toList();
        Path out = folder.resolve("roundtrip");
        Rdd<String> original = strings(lines, 7);
        output.saveAsTextFile(original, out.toString(), null);
        // Each part file is under the goal size, so it is one partition; the files come in the order the local file
        // system lists them, which is not sorted (Spark 4.2.0 reads them in that order too).
        List<List<String>> readBack = partitions(context, input.textFile(out.toString(), 2));
        assertEquals(7, readBack.size());
        assertEquals(Set.copyOf(partitions(context, original)), Set.copyOf(readBack));
    }

    @Test
    void gzipTextFilesCarryTheCodecsExtension() throws IOException {
        Path out = folder.resolve("gzip");
        List<String> lines = IntStream.range(0, 300).mapToObj(i -> "gz " + i).toList();
        output.saveAsTextFile(strings(lines, 3), out.toString(), GzipCodec.class);
        assertEquals(new TreeSet<>(Set.of("_SUCCESS", "part-00000.gz", "part-00001.gz", "part-00002.gz")), visibleNames(out));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out.resolve("part-00000.gz")))) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).startsWith("gz 0\ngz 1\n"));
        }
        Rdd<String> back = input.textFile(out.toString(), 8);
        assertEquals(3, back.partitionCount(), "a gzip file is not splittable: one partition per file");
        assertEquals(lines, collect(context, back).stream().sorted(java.util.Comparator.comparingInt(line -> Integer.parseInt(line.substring(3))))
                .toList());
    }

    @Test
    void existingOutputDirectoryFailsBeforeWriting() throws IOException {
        Path out = folder.resolve("exists");
        Files.createDirectories(out);
        FileAlreadyExistsException failure = assertThrows(FileAlreadyExistsException.class,
                () -> output.saveAsTextFile(strings(List.of("a"), 1), out.toString(), null));
        // Spark 4.2.0's message: the old API qualifies the path.
        assertEquals("Output directory file:" + out + " already exists", failure.getMessage());
        assertEquals(Set.of(), visibleNames(out));
        FileAlreadyExistsException newApi = assertThrows(FileAlreadyExistsException.class,
                () -> output.saveAsNewAPIHadoopFile(writablePairs(), out.toString(), IntWritable.class, Text.class,
                        org.apache.hadoop.mapreduce.lib.output.SequenceFileOutputFormat.class, null));
        // ... and the new API shows it as given.
        assertEquals("Output directory " + out + " already exists", newApi.getMessage());
        Path unchecked = folder.resolve("unchecked");
        Files.createDirectories(unchecked);
        new HadoopOutput(new Configuration(), false).saveAsTextFile(strings(List.of("a"), 1), unchecked.toString(), null);
        assertEquals(new TreeSet<>(Set.of("_SUCCESS", "part-00000")), visibleNames(unchecked));
    }

    @Test
    void nullRowFailsTheJobAndLeavesNoSuccessMarker() throws IOException {
        Path out = folder.resolve("nulls");
        List<String> values = Arrays.asList("x", null, "z");
        JobFailedException failure = assertThrows(JobFailedException.class,
                () -> output.saveAsTextFile(strings(values, 2), out.toString(), null));
        Throwable cause = failure.getCause();
        assertInstanceOf(IllegalArgumentException.class, cause);
        assertEquals("requirement failed: text files do not allow null rows", cause.getMessage());
        assertFalse(Files.exists(out.resolve("_SUCCESS")));
        assertFalse(Files.exists(out.resolve("_temporary")), "the aborted job cleans its work area");
    }

    @Test
    void objectFileIsSparksSequenceFileOfSerializedBatches() throws Exception {
        Path out = folder.resolve("objects");
        List<Integer> numbers = IntStream.rangeClosed(1, 12).boxed().toList();
        output.saveAsObjectFile(new ParallelCollectionRdd<>(context, numbers, 2), out.toString());
        assertEquals(new TreeSet<>(Set.of("_SUCCESS", "part-00000", "part-00001")), visibleNames(out));
        // Spark 4.2.0 wrote 278 bytes per file for the same data.
        assertEquals(278, Files.size(out.resolve("part-00000")));
        assertEquals(278, Files.size(out.resolve("part-00001")));
        assertEquals(List.of(List.of(1, 2, 3, 4, 5, 6)), readBatches(out.resolve("part-00000")));
        assertEquals(numbers, collect(context, input.<Integer>objectFile(out.toString(), 1)).stream().sorted().toList());

        Path many = folder.resolve("objects-many");
        List<String> words = IntStream.range(0, 25).mapToObj(i -> "w" + i).toList();
        output.saveAsObjectFile(strings(words, 1), many.toString());
        assertEquals(List.of(10, 10, 5), readBatches(many.resolve("part-00000")).stream().map(List::size).toList());
        assertEquals(words, collect(context, input.<String>objectFile(many.toString(), 3)));
    }

    /** The batches of an object file, read with Hadoop's SequenceFile reader and Java deserialization. */
    private static List<List<Object>> readBatches(Path file) throws Exception {
        List<List<Object>> batches = new ArrayList<>();
        try (SequenceFile.Reader reader = new SequenceFile.Reader(new Configuration(),
                SequenceFile.Reader.file(new org.apache.hadoop.fs.Path(file.toString())))) {
            assertEquals(NullWritable.class, reader.getKeyClass());
            assertEquals(BytesWritable.class, reader.getValueClass());
            assertFalse(reader.isCompressed());
            BytesWritable value = new BytesWritable();
            while (reader.next(NullWritable.get(), value)) {
                Object batch = new ObjectInputStream(new ByteArrayInputStream(value.copyBytes())).readObject();
                assertEquals(Object[].class, batch.getClass());
                batches.add(Arrays.asList((Object[]) batch));
            }
        }
        return batches;
    }

    @Test
    void sequenceFileThroughTheOldApi() throws IOException {
        Path out = folder.resolve("sequence");
        output.saveAsHadoopFile(writablePairs(), out.toString(), IntWritable.class, Text.class, SequenceFileOutputFormat.class, null, null);
        assertEquals(new TreeSet<>(Set.of("_SUCCESS", "part-00000", "part-00001")), visibleNames(out));
        // Spark 4.2.0: 100 and 115 bytes.
        assertEquals(100, Files.size(out.resolve("part-00000")));
        assertEquals(115, Files.size(out.resolve("part-00001")));
        Rdd<Tuple2<IntWritable, Text>> back = input.sequenceFile(out.toString(), IntWritable.class, Text.class, 1);
        assertEquals(2, back.partitionCount());
        assertEquals(Set.of(List.of("1=v1"), List.of("2=v2", "3=v3")), Set.copyOf(partitions(context, map(back, pair -> pair._1().get() + "=" + pair._2()))));
    }

    @Test
    void sequenceFileThroughTheNewApiIsNamedPartR() throws IOException {
        Path out = folder.resolve("newapi");
        output.saveAsNewAPIHadoopFile(writablePairs(), out.toString(), IntWritable.class, Text.class,
                org.apache.hadoop.mapreduce.lib.output.SequenceFileOutputFormat.class, null);
        assertEquals(new TreeSet<>(Set.of("_SUCCESS", "part-r-00000", "part-r-00001")), visibleNames(out));
        assertEquals(100, Files.size(out.resolve("part-r-00000")));
        assertEquals(115, Files.size(out.resolve("part-r-00001")));
        Rdd<Tuple2<IntWritable, Text>> pairs = input.newAPIHadoopFile(out.toString(),
                org.apache.hadoop.mapreduce.lib.input.SequenceFileInputFormat.class, IntWritable.class, Text.class);
        Rdd<String> back = map(pairs, pair -> pair._1().get() + "=" + pair._2());
        assertEquals(List.of("1=v1", "2=v2", "3=v3"), collect(context, back).stream().sorted().toList());
    }

    @Test
    void hadoopTextOutputWritesKeyTabValue() throws IOException {
        Path out = folder.resolve("keyed");
        output.saveAsHadoopFile(writablePairs(), out.toString(), IntWritable.class, Text.class, TextOutputFormat.class, null, null);
        assertEquals("2\tv2\n3\tv3\n", Files.readString(out.resolve("part-00001")));
        Path newOut = folder.resolve("keyed-new");
        output.saveAsNewAPIHadoopFile(writablePairs(), newOut.toString(), IntWritable.class, Text.class,
                org.apache.hadoop.mapreduce.lib.output.TextOutputFormat.class, null);
        assertEquals("1\tv1\n", Files.readString(newOut.resolve("part-r-00000")));
        assertFalse(Files.exists(newOut.resolve("_temporary")));
    }
}
