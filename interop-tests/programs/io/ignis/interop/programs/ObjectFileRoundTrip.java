package io.ignis.interop.programs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Object files out and back: records of a serializable class of the program's own saved with
 * saveAsObjectFile and read with objectFile (whole folder, and with a minimum partition count),
 * equal to what was written; a second round trip of plain strings.
 */
public final class ObjectFileRoundTrip {
    private ObjectFileRoundTrip() {
    }

    public static void main(String[] args) {
        String scratch = args[0];
        SparkConf conf = new SparkConf().setAppName("ObjectFileRoundTrip").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            List<Measurement> measurements = new ArrayList<>();
            String[] stations = {"north", "south", "east"};
            for (int day = 1; day <= 25; day++) {
                measurements.add(new Measurement(stations[day % 3], day, day * 1.5 - 10));
            }
            String output = scratch + "/objects";
            sc.parallelize(measurements, 3).saveAsObjectFile(output);
            System.out.println("part files: " + ScratchFiles.partFileNames(output));

            JavaRDD<Measurement> back = sc.objectFile(output);
            List<Measurement> read = back.collect();
            System.out.println("read back " + read.size() + ", same records: "
                    + (read.containsAll(measurements) && measurements.containsAll(read)));
            Show.sortedLines("records", read);
            System.out.println("warmest: " + back.reduce((left, right) -> left.celsius >= right.celsius ? left : right));
            System.out.println("with minPartitions 6: " + sc.<Measurement>objectFile(output, 6).count() + " records");

            String strings = scratch + "/strings";
            sc.parallelize(List.of("alpha", "beta", "gamma", "delta"), 2).saveAsObjectFile(strings);
            System.out.println("strings: " + Show.sorted(sc.<String>objectFile(strings).collect()));
        }
    }

    /** A temperature reading of one station on one day. */
    static final class Measurement implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String station;
        private final int day;
        private final double celsius;

        Measurement(String station, int day, double celsius) {
            this.station = station;
            this.day = day;
            this.celsius = celsius;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Measurement measurement && measurement.station.equals(station)
                    && measurement.day == day && measurement.celsius == celsius;
        }

        @Override
        public int hashCode() {
            return Objects.hash(station, day, celsius);
        }

        @Override
        public String toString() {
            return String.format("day %02d %s %.1f C", day, station, celsius);
        }
    }
}
