package io.ignis.interop.programs;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Text files out and back: saveAsTextFile writes one part file per partition, textFile reads the
 * folder, one part file, or a glob, with a minimum partition count; saving over an existing folder
 * fails with Hadoop's FileAlreadyExistsException.
 */
public final class TextFileRoundTrip {
    private TextFileRoundTrip() {
    }

    public static void main(String[] args) {
        String scratch = args[0];
        SparkConf conf = new SparkConf().setAppName("TextFileRoundTrip").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<String> lines = IntStream.rangeClosed(1, 50).mapToObj(index -> "line " + index + " of fifty")
                    .collect(Collectors.toList());
            String output = scratch + "/text-out";
            sc.parallelize(lines, 3).saveAsTextFile(output);
            System.out.println("part files: " + ScratchFiles.partFileNames(output));

            JavaRDD<String> back = sc.textFile(output);
            System.out.println("read back: " + back.count() + " lines, equal to written: "
                    + back.collect().stream().sorted().collect(Collectors.toList())
                            .equals(lines.stream().sorted().collect(Collectors.toList())));
            System.out.println("part-00001 in order: " + sc.textFile(output + "/part-00001").collect());
            System.out.println("glob part-0000[02]: " + Show.sorted(sc.textFile(output + "/part-0000[02]").collect()));

            String single = ScratchFiles.write(scratch + "/single.txt",
                    lines.stream().collect(Collectors.joining("\n", "", "\n")));
            JavaRDD<String> split = sc.textFile(single, 4);
            System.out.println("single file with minPartitions 4: " + split.getNumPartitions() + " partitions");
            System.out.println("single file in order: " + split.collect().equals(lines));
            System.out.println("lines per partition: " + split.glom().map(List::size).collect());
            System.out.println("longest line: " + split.reduce(TextFileRoundTrip::longerOrFirst));

            String unicode = ScratchFiles.write(scratch + "/unicode.txt", "grüße\nnaïve café\n日本語\n\nlast line without newline");
            System.out.println("unicode lines: " + sc.textFile(unicode).collect());

            try {
                sc.parallelize(lines, 2).saveAsTextFile(output);
                System.out.println("saving over an existing folder: no error");
            } catch (Exception expected) {
                System.out.println("saving over an existing folder: " + expected.getClass().getName());
            }
        }
    }

    /** The longer line; of two as long, the alphabetically first (reduce merges in any order). */
    private static String longerOrFirst(String left, String right) {
        if (left.length() != right.length()) {
            return left.length() > right.length() ? left : right;
        }
        return left.compareTo(right) <= 0 ? left : right;
    }
}
