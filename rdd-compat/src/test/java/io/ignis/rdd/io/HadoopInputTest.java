package io.ignis.rdd.io;

import static io.ignis.rdd.io.IoTesting.collect;
import static io.ignis.rdd.io.IoTesting.map;
import static io.ignis.rdd.io.IoTesting.partitions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.FileInputFormat;
import org.apache.hadoop.mapred.InputSplit;
import org.apache.hadoop.mapred.InvalidInputException;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.RecordReader;
import org.apache.hadoop.mapred.Reporter;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.input.PortableDataStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/**
 * The file sources on a real two-node runtime over the local Hadoop file system. Where an expected
 * value is a literal, it is what Spark 4.2.0 gave for the same files (a scratch program run against
 * spark-core_2.13 4.2.0, local[2] or local[4]).
 */
class HadoopInputTest {
    private static RddContext context;
    private static HadoopInput input;
    @TempDir
    static Path folder;

    @BeforeAll
    static void start() {
        context = IoTesting.newContext();
        input = new HadoopInput(context, new Configuration());
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    private static String numberedLines(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("line ").append(i).append('\n');
        }
        return text.toString();
    }

    /**
     * What Hadoop's own TextInputFormat makes of {@code path}: the lines of each of its splits, those
     * of length zero left out as Spark 4 leaves them out.
     */
    private static List<List<String>> hadoopSplitLines(String path, int minPartitions) throws IOException {
        JobConf conf = new JobConf();
        FileInputFormat.setInputPaths(conf, path);
        TextInputFormat format = new TextInputFormat();
        format.configure(conf);
        List<List<String>> result = new ArrayList<>();
        for (InputSplit split : format.getSplits(conf, minPartitions)) {
            if (split.getLength() == 0) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            RecordReader<LongWritable, Text> reader = format.getRecordReader(split, conf, Reporter.NULL);
            LongWritable key = reader.createKey();
            Text value = reader.createValue();
            while (reader.next(key, value)) {
                lines.add(value.toString());
            }
            reader.close();
            result.add(lines);
        }
        return result;
    }

    @Test
    void textFilePartitionsAreHadoopsSplits() throws IOException {
        String big = write("text/big.txt", numberedLines(10000)).toString();
        StringBuilder varied = new StringBuilder();
        Random random = new Random(42);
        for (int i = 0; i < 3000; i++) {
            varied.append(i).append(':');
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                varied.append((char) ('a' + j % 26));
            }
            varied.append('\n');
        }
        String variedPath = write("text/varied.txt", varied.toString()).toString();
        for (String path : List.of(big, variedPath)) {
            for (int minPartitions : new int[] {1, 2, 3, 7, 50}) {
                Rdd<String> lines = input.textFile(path, minPartitions);
                assertEquals(hadoopSplitLines(path, minPartitions), partitions(context, lines), path + " with minPartitions " + minPartitions);
            }
        }
        // Spark 4.2.0's partition sizes for the same files.
        assertEquals(List.of(5056, 4944), sizes(partitions(context, input.textFile(big, 2))));
        assertEquals(List.of(3408, 3296, 3296), sizes(partitions(context, input.textFile(big, 3))));
        assertEquals(List.of(1524, 1413, 1413, 1412, 1413, 1413, 1412), sizes(partitions(context, input.textFile(big, 7))));
        assertEquals(List.of(757, 745, 739, 759), sizes(partitions(context, input.textFile(variedPath, 4))));
        assertEquals(List.of(343, 332, 332, 329, 338, 327, 329, 334, 336), sizes(partitions(context, input.textFile(variedPath, 9))));
    }

    private static List<Integer> sizes(List<? extends List<?>> partitions) {
        return partitions.stream().map(List::size).toList();
    }

    @Test
    void everyLineOnceAndInOrder() throws IOException {
        String path = write("order/lines.txt", numberedLines(20000)).toString();
        Rdd<String> lines = input.textFile(path, 6);
        assertEquals(IntStream.range(0, 20000).mapToObj(i -> "line " + i).toList(), collect(context, lines));
        assertEquals(path, lines.name());
    }

    @Test
    void globsAndCommaSeparatedPathsReadSeveralFiles() throws IOException {
        write("many/a.txt", "a1\na2\n");
        write("many/b.txt", "b1\nb2\nb3");
        write("many/empty.txt", "");
        write("many/skip.csv", "not,this\n");
        String pattern = folder.resolve("many") + "/*.txt";
        Rdd<String> glob = input.textFile(pattern, 2);
        // Spark 4.2.0: b.txt is over 1.1 goal sizes (14 bytes / 2), so its tail is a split of its own that starts past
        // its last line and reads nothing; the empty file's split has length zero and is left out.
        assertEquals(List.of(List.of("a1", "a2"), List.of("b1", "b2", "b3"), List.of()), partitions(context, glob));
        assertEquals(hadoopSplitLines(pattern, 2), partitions(context, glob));
        // Spark 4.2.0 with spark.hadoopRDD.ignoreEmptySplits=false keeps the empty file's split.
        Rdd<String> keepingEmpty = new HadoopInput(context, new Configuration(), false).textFile(pattern, 2);
        assertEquals(List.of(List.of("a1", "a2"), List.of("b1", "b2", "b3"), List.of(), List.of()), partitions(context, keepingEmpty));
        assertEquals(0, input.textFile(folder.resolve("many/empty.txt").toString(), 2).partitionCount());

        Rdd<String> listed = input.textFile(folder.resolve("many/b.txt") + "," + folder.resolve("many/a.txt"), 1);
        assertEquals(List.of("b1", "b2", "b3", "a1", "a2"), collect(context, listed));
        // A folder's files come in the order its file system lists them (unsorted on a local disk), in Spark too.
        Rdd<String> directory = input.textFile(folder.resolve("many").toString(), 1);
        List<String> expected = new ArrayList<>();
        hadoopSplitLines(folder.resolve("many").toString(), 1).forEach(expected::addAll);
        assertEquals(expected, collect(context, directory));
        assertEquals(Set.of("a1", "a2", "b1", "b2", "b3", "not,this"), Set.copyOf(expected));
        assertTrue(directory.preferredLocations(directory.splits()[0]).isEmpty(), "the local file system names no useful host");
    }

    @Test
    void missingPathFailsWithHadoopsError() {
        Rdd<String> missing = input.textFile(folder.resolve("nowhere").toString(), 2);
        InvalidInputException failure = assertThrows(InvalidInputException.class, () -> collect(context, missing));
        assertEquals("Input path does not exist: file:" + folder.resolve("nowhere"), failure.getMessage());
    }

    @Test
    void wholeTextFilesPacksFilesAsSparkDoes() throws IOException {
        Path files = folder.resolve("whole");
        for (int i = 0; i < 5; i++) {
            write("whole/f" + i + ".txt", "content " + i + "\n".repeat(i * 1000));
        }
        // Spark 4.2.0: file names per partition for minPartitions 1, 2, 3, 5 and 10.
        assertEquals(List.of(List.of("f4", "f1", "f0", "f2", "f3")), wholeTextNames(files, 1));
        assertEquals(List.of(List.of("f4", "f1", "f0"), List.of("f2", "f3")), wholeTextNames(files, 2));
        assertEquals(List.of(List.of("f4"), List.of("f1", "f0", "f2", "f3")), wholeTextNames(files, 3));
        assertEquals(List.of(List.of("f4"), List.of("f1", "f0", "f2"), List.of("f3")), wholeTextNames(files, 5));
        assertEquals(List.of(List.of("f4"), List.of("f1"), List.of("f0", "f2"), List.of("f3")), wholeTextNames(files, 10));
        for (Tuple2<String, String> file : collect(context, input.wholeTextFiles(files.toString(), 2))) {
            int i = Integer.parseInt(file._1().substring(file._1().length() - 5, file._1().length() - 4));
            assertEquals("file:" + files.resolve("f" + i + ".txt"), file._1());
            assertEquals("content " + i + "\n".repeat(i * 1000), file._2());
        }
    }

    private static List<List<String>> wholeTextNames(Path files, int minPartitions) {
        return partitions(context, map(input.wholeTextFiles(files.toString(), minPartitions),
                file -> file._1().substring(file._1().lastIndexOf('/') + 1, file._1().length() - 4)));
    }

    @Test
    void binaryFilesAreStreamsOpenedWhereTheyAreRead() throws IOException, ClassNotFoundException {
        Path files = folder.resolve("binary");
        for (int i = 0; i < 5; i++) {
            write("binary/f" + i + ".txt", "content " + i + "\n".repeat(i * 1000));
        }
        Rdd<Tuple2<String, String>> read = map(input.binaryFiles(files.toString(), 2),
                file -> new Tuple2<>(file._1(), file._2().getPath() + "=" + new String(file._2().toArray(), StandardCharsets.UTF_8)));
        List<List<Tuple2<String, String>>> parts = partitions(context, read);
        assertEquals(1, parts.size(), "small files fill one partition, as in Spark with its default sizes");
        assertEquals(5, parts.get(0).size());
        for (Tuple2<String, String> file : parts.get(0)) {
            int i = Integer.parseInt(file._1().substring(file._1().length() - 5, file._1().length() - 4));
            assertEquals("file:" + files.resolve("f" + i + ".txt"), file._1());
            assertEquals(file._1() + "=content " + i + "\n".repeat(i * 1000), file._2());
        }
        // Spark 4.2.0 with spark.files.maxPartitionBytes=4000, openCostInBytes=0 and 4 cores.
        List<List<String>> names = partitions(context, map(input.binaryFiles(files.toString(), 2, 4000, 0),
                file -> file._1().substring(file._1().lastIndexOf('/') + 1)));
        assertEquals(List.of(List.of("f4.txt"), List.of("f1.txt", "f0.txt", "f2.txt"), List.of("f3.txt")), names);
        // A stream travels (Java-serialized here) and still opens its file.
        PortableDataStream stream = collect(context, map(input.binaryFiles(files.resolve("f1.txt").toString(), 1), Tuple2::_2)).get(0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(stream);
        }
        PortableDataStream copy = (PortableDataStream) new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertEquals("content 1" + "\n".repeat(1000), new String(copy.toArray(), StandardCharsets.UTF_8));
        assertEquals("file:" + files.resolve("f1.txt"), copy.getPath());
        assertEquals(new Configuration().get("fs.defaultFS"), copy.getConfiguration().get("fs.defaultFS"));
    }

    @Test
    void binaryRecordsSplitOnRecordBoundaries() throws IOException {
        byte[] data = new byte[100];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        Path file = folder.resolve("records.bin");
        Files.write(file, data);
        List<byte[]> records = collect(context, input.binaryRecords(file.toString(), 10));
        assertEquals(10, records.size());
        for (int i = 0; i < 10; i++) {
            assertArrayEquals(Arrays.copyOfRange(data, i * 10, i * 10 + 10), records.get(i));
        }
        // Spark 4.2.0 with split.maxsize 25: splits of 20 bytes, two whole records each.
        Configuration small = new Configuration();
        small.set("mapreduce.input.fileinputformat.split.maxsize", "25");
        Rdd<Integer> firstBytes = map(new HadoopInput(context, small).binaryRecords(file.toString(), 10), record -> (int) record[0]);
        assertEquals(List.of(List.of(0, 10), List.of(20, 30), List.of(40, 50), List.of(60, 70), List.of(80, 90)),
                partitions(context, firstBytes));
        assertNull(small.get(FixedLengthRecordInputFormat.RECORD_LENGTH_PROPERTY), "the caller's configuration is left alone");
        assertThrows(IllegalArgumentException.class, () -> input.binaryRecords(file.toString(), 0));
    }

    @Test
    void newApiAndJobConfSourcesReadTheSameLines() throws IOException {
        String path = write("api/lines.txt", numberedLines(500)).toString();
        Rdd<String> newApi = map(input.newAPIHadoopFile(path, org.apache.hadoop.mapreduce.lib.input.TextInputFormat.class,
                LongWritable.class, Text.class), pair -> pair._1().get() + ":" + pair._2());
        List<String> lines = collect(context, newApi);
        assertEquals(500, lines.size());
        assertEquals("0:line 0", lines.get(0));
        assertEquals("14:line 2", lines.get(2));
        JobConf conf = new JobConf();
        FileInputFormat.setInputPaths(conf, path);
        Rdd<String> oldApi = map(input.hadoopRDD(conf, TextInputFormat.class, LongWritable.class, Text.class, 3),
                pair -> pair._1().get() + ":" + pair._2());
        assertEquals(lines, collect(context, oldApi));
        assertEquals(3, oldApi.partitionCount());
    }

    @Test
    void readerReusesItsWritablesAsSparksDoes() throws IOException {
        String path = write("reuse/lines.txt", "a\nb\nc\n").toString();
        Rdd<Tuple2<LongWritable, Text>> records = input.hadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, 1);
        List<Integer> distinctValues = context.runJob(records, (scope, items) -> {
            List<Object> seen = new ArrayList<>();
            items.forEachRemaining(pair -> seen.add(pair._2()));
            return (int) seen.stream().map(System::identityHashCode).distinct().count();
        });
        assertEquals(List.of(1), distinctValues, "one Text object for every record of the partition");
        assertInstanceOf(HadoopRdd.class, records);
    }
}
