package io.ignis.benchmarks.spark;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * The report's chart: one bar per workload (and the geometric mean) of Ignis time / Spark time, on
 * a logarithmic axis since the ratios span orders of magnitude, beside a bar of each goal. Drawn
 * headless with XChart into a PNG.
 */
public final class SparkChart {
    private SparkChart() {}

    /** Writes the chart to {@code png} (the file name must end in {@code .png}). */
    public static void write(List<WorkloadResult> results, String title, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<String> names = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> goals = new ArrayList<>();
        for (WorkloadResult result : results) {
            names.add(result.workload().id());
            // A missing ratio has no bar; XChart draws nothing for a null value in a category series.
            ratios.add(result.ratio());
            goals.add(result.workload().goal());
        }
        names.add("geomean");
        ratios.add(SparkReport.geomean(results));
        goals.add(Workload.GEOMEAN_GOAL);

        CategoryChart chart = new CategoryChartBuilder().width(1000).height(500).title(title)
                .xAxisTitle("workload").yAxisTitle("Ignis time / Spark time (lower is better)").build();
        chart.getStyler().setYAxisLogarithmic(true);
        // Bars start from the axis minimum, which XChart would put at 0 (no place on a log axis): bound it by the data.
        double lowest = Workload.SMALL_JOB.goal();
        double highest = 1.0;
        for (Double ratio : ratios) {
            if (ratio != null) {
                lowest = Math.min(lowest, ratio);
                highest = Math.max(highest, ratio);
            }
        }
        chart.getStyler().setYAxisMin(lowest / 2);
        chart.getStyler().setYAxisMax(highest * 2);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setSeriesColors(new Color[] {new Color(0xD0, 0x4A, 0x02), new Color(0x9E, 0x9E, 0x9E)});
        chart.addSeries("Ignis / Spark", names, ratios);
        chart.addSeries("goal", names, goals);
        String file = png.toString();
        BitmapEncoder.saveBitmap(chart, file.substring(0, file.length() - ".png".length()), BitmapEncoder.BitmapFormat.PNG);
    }
}
