package io.ignis.interop.programs;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.hadoop.io.IntWritable;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.SequenceFileOutputFormat;
import org.apache.hadoop.mapreduce.lib.input.SequenceFileInputFormat;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Sequence files out and back: pairs of Writables saved with the old API's SequenceFileOutputFormat
 * (saveAsHadoopFile) and the new API's (saveAsNewAPIHadoopFile), read back with sequenceFile and
 * newAPIHadoopFile, and converted to Java values at once (Hadoop reuses Writable objects).
 */
public final class SequenceFileRoundTrip {
    private SequenceFileRoundTrip() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        String scratch = args[0];
        SparkConf conf = new SparkConf().setAppName("SequenceFileRoundTrip").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Tuple2<Integer, String>> pairs = IntStream.range(0, 30)
                    .mapToObj(index -> new Tuple2<>(index, "value-" + (index * 7 % 30)))
                    .collect(Collectors.toList());
            JavaPairRDD<Integer, String> source = sc.parallelizePairs(pairs, 3);

            String oldApi = scratch + "/sequence-old";
            source.mapToPair(pair -> new Tuple2<>(new IntWritable(pair._1()), new Text(pair._2())))
                    .saveAsHadoopFile(oldApi, IntWritable.class, Text.class, SequenceFileOutputFormat.class);
            System.out.println("old API part files: " + ScratchFiles.partFileNames(oldApi));
            JavaPairRDD<Integer, String> readOld = sc.sequenceFile(oldApi, IntWritable.class, Text.class)
                    .mapToPair(pair -> new Tuple2<>(pair._1().get(), pair._2().toString()));
            System.out.println("read with sequenceFile: " + readOld.count() + " pairs, same pairs: "
                    + Show.sorted(readOld.collect()).equals(Show.sorted(pairs)));
            System.out.println("part-00002 in order: " + sc.sequenceFile(oldApi + "/part-00002", IntWritable.class, Text.class)
                    .map(pair -> pair._1().get() + ":" + pair._2()).collect());

            String newApi = scratch + "/sequence-new";
            source.mapToPair(pair -> new Tuple2<>(new Text(pair._2()), new LongWritable(pair._1() * 1000L)))
                    .saveAsNewAPIHadoopFile(newApi, Text.class, LongWritable.class,
                            org.apache.hadoop.mapreduce.lib.output.SequenceFileOutputFormat.class);
            System.out.println("new API part files: " + ScratchFiles.partFileNames(newApi));
            JavaPairRDD<Text, LongWritable> rawNew = sc.newAPIHadoopFile(newApi, SequenceFileInputFormat.class,
                    Text.class, LongWritable.class, sc.hadoopConfiguration());
            JavaPairRDD<String, Long> readNew = rawNew.mapToPair(pair -> new Tuple2<>(pair._1().toString(), pair._2().get()));
            Show.sortedLines("read with newAPIHadoopFile", readNew.collect());
            System.out.println("sequenceFile with minPartitions 5 over 3 files: "
                    + sc.sequenceFile(newApi, Text.class, LongWritable.class, 5).count() + " pairs");
        }
    }
}
