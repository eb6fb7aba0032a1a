package io.ignis.interop.programs;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.hadoop.io.compress.BZip2Codec;
import org.apache.hadoop.io.compress.DefaultCodec;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * saveAsTextFile with a compression codec (gzip, bzip2, deflate): the part files carry the codec's
 * extension, and textFile reads them back through the same codec, found by extension.
 */
public final class CompressedTextFile {
    private CompressedTextFile() {
    }

    public static void main(String[] args) {
        String scratch = args[0];
        SparkConf conf = new SparkConf().setAppName("CompressedTextFile").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<String> lines = IntStream.range(0, 200).mapToObj(index -> "record " + index + " " + "x".repeat(index % 17))
                    .collect(Collectors.toList());
            JavaRDD<String> records = sc.parallelize(lines, 2);

            records.saveAsTextFile(scratch + "/gzip", GzipCodec.class);
            records.saveAsTextFile(scratch + "/bzip2", BZip2Codec.class);
            records.saveAsTextFile(scratch + "/deflate", DefaultCodec.class);
            for (String codec : List.of("gzip", "bzip2", "deflate")) {
                String folder = scratch + "/" + codec;
                JavaRDD<String> back = sc.textFile(folder);
                List<String> sorted = back.collect().stream().sorted().collect(Collectors.toList());
                System.out.println(codec + ": files " + ScratchFiles.partFileNames(folder) + ", lines " + back.count()
                        + ", same lines: " + sorted.equals(lines.stream().sorted().collect(Collectors.toList())));
            }
            System.out.println("gzip part-00000 first 3: " + sc.textFile(scratch + "/gzip/part-00000.gz").take(3));
            System.out.println("gzip part files are read whole: " + sc.textFile(scratch + "/gzip/part-00000.gz", 4).getNumPartitions() + " partition");
        }
    }
}
