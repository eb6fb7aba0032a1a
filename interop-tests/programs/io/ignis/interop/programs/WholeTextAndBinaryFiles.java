package io.ignis.interop.programs;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * Whole-file inputs: wholeTextFiles gives (path, content) per file, binaryFiles (path, stream) per
 * file, and binaryRecords fixed-length records of one binary file, in file order. Paths are
 * printed as file names only.
 */
public final class WholeTextAndBinaryFiles {
    private WholeTextAndBinaryFiles() {
    }

    public static void main(String[] args) {
        String scratch = args[0];
        SparkConf conf = new SparkConf().setAppName("WholeTextAndBinaryFiles").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            String folder = scratch + "/documents";
            ScratchFiles.write(folder + "/a.txt", "first file\nwith two lines\n");
            ScratchFiles.write(folder + "/b.txt", "second file");
            ScratchFiles.write(folder + "/c.txt", "third\nfile\nthree lines\n");

            JavaRDD<String> whole = sc.wholeTextFiles(folder)
                    .map(pair -> ScratchFiles.fileName(pair._1()) + " = " + pair._2().replace("\n", "\\n"));
            Show.sortedLines("wholeTextFiles", whole.collect());
            System.out.println("wholeTextFiles with minPartitions 2, files: " + sc.wholeTextFiles(folder, 2).count());

            JavaRDD<String> binary = sc.binaryFiles(folder).map(pair -> {
                PortableDataStream stream = pair._2();
                byte[] bytes = stream.toArray();
                return ScratchFiles.fileName(pair._1()) + " " + bytes.length + " bytes, starts "
                        + new String(bytes, 0, 5, StandardCharsets.UTF_8);
            });
            Show.sortedLines("binaryFiles", binary.collect());

            ByteBuffer buffer = ByteBuffer.allocate(12 * 8);
            for (long value = 0; value < 12; value++) {
                buffer.putLong(value * value - 20);
            }
            String records = ScratchFiles.write(scratch + "/records.bin", buffer.array());
            JavaRDD<byte[]> fixed = sc.binaryRecords(records, 8);
            System.out.println("binaryRecords: " + fixed.count() + " records of "
                    + fixed.map(record -> record.length).distinct().collect() + " bytes");
            System.out.println("values: " + fixed.map(record -> ByteBuffer.wrap(record).getLong()).collect());
            System.out.println("pairs of first bytes: " + fixed.map(record -> new Tuple2<>(record[6], record[7])).take(3));
        }
    }
}
