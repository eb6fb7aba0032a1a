package io.ignis.interop.programs;

import org.apache.hadoop.io.IntWritable;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.FileInputFormat;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.hadoop.mapred.TextOutputFormat;
import org.apache.hadoop.mapreduce.lib.input.KeyValueTextInputFormat;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Hadoop input and output formats through both APIs: hadoopFile and hadoopRDD (a JobConf) with the
 * old TextInputFormat, newAPIHadoopFile with the new TextInputFormat and KeyValueTextInputFormat,
 * and pairs written by saveAsHadoopFile and saveAsNewAPIHadoopFile with TextOutputFormat.
 */
public final class HadoopFormats {
    private HadoopFormats() {
    }

    public static void main(String[] args) {
        String scratch = args[0];
        SparkConf conf = new SparkConf().setAppName("HadoopFormats").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            String input = ScratchFiles.write(scratch + "/input/cities.txt",
                    "oslo\tnorway\nlima\tperu\nkyoto\tjapan\nquito\tecuador\nperth\taustralia\n");

            JavaPairRDD<LongWritable, Text> oldApi = sc.hadoopFile(input, TextInputFormat.class, LongWritable.class, Text.class);
            System.out.println("hadoopFile (offset, line): "
                    + oldApi.map(pair -> pair._1().get() + " " + pair._2()).collect());

            JavaPairRDD<LongWritable, Text> newApi = sc.newAPIHadoopFile(input,
                    org.apache.hadoop.mapreduce.lib.input.TextInputFormat.class, LongWritable.class, Text.class,
                    sc.hadoopConfiguration());
            System.out.println("newAPIHadoopFile (offset, line): "
                    + newApi.map(pair -> pair._1().get() + " " + pair._2()).collect());

            JavaPairRDD<Text, Text> keyValue = sc.newAPIHadoopFile(input, KeyValueTextInputFormat.class, Text.class, Text.class,
                    sc.hadoopConfiguration());
            System.out.println("KeyValueTextInputFormat: "
                    + keyValue.map(pair -> pair._1() + " -> " + pair._2()).collect());

            JobConf jobConf = new JobConf(sc.hadoopConfiguration());
            FileInputFormat.setInputPaths(jobConf, input);
            JavaPairRDD<LongWritable, Text> fromJobConf = sc.hadoopRDD(jobConf, TextInputFormat.class, LongWritable.class, Text.class);
            System.out.println("hadoopRDD lines: " + fromJobConf.count() + ", first: " + fromJobConf.map(pair -> pair._2().toString()).first());

            JavaPairRDD<String, Integer> lengths = sc.parallelizePairs(java.util.List.of(
                    new Tuple2<>("oslo", 4), new Tuple2<>("lima", 4), new Tuple2<>("kyoto", 5), new Tuple2<>("quito", 5)), 2);
            String oldOutput = scratch + "/old-text-out";
            lengths.mapToPair(pair -> new Tuple2<>(new Text(pair._1()), new IntWritable(pair._2())))
                    .saveAsHadoopFile(oldOutput, Text.class, IntWritable.class, TextOutputFormat.class);
            System.out.println("saveAsHadoopFile parts: " + ScratchFiles.partFileNames(oldOutput)
                    + ", lines: " + Show.sorted(sc.textFile(oldOutput).collect()));

            String newOutput = scratch + "/new-text-out";
            lengths.mapToPair(pair -> new Tuple2<>(new Text(pair._1()), new IntWritable(pair._2() * 10)))
                    .saveAsNewAPIHadoopFile(newOutput, Text.class, IntWritable.class,
                            org.apache.hadoop.mapreduce.lib.output.TextOutputFormat.class);
            System.out.println("saveAsNewAPIHadoopFile parts: " + ScratchFiles.partFileNames(newOutput)
                    + ", lines: " + Show.sorted(sc.textFile(newOutput).collect()));
        }
    }
}
