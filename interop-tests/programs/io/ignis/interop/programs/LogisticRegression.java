package io.ignis.interop.programs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The classic logistic regression by batch gradient descent: labelled points generated from a
 * fixed seed are cached, and each iteration maps every point to its gradient and sums them with
 * reduce. Prints the weights after each iteration and how many points the final weights classify
 * correctly.
 */
public final class LogisticRegression {
    private static final int DIMENSIONS = 5;
    private static final int POINTS = 400;
    private static final double SEPARATION = 0.7;
    private static final int ITERATIONS = 5;

    private LogisticRegression() {
    }

    public static void main(String[] args) {
        SparkConf conf = new SparkConf().setAppName("LogisticRegression").setMaster("local[2]");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            Random random = new Random(42);
            List<Point> generated = new ArrayList<>();
            for (int index = 0; index < POINTS; index++) {
                double label = index % 2 == 0 ? -1 : 1;
                double[] features = new double[DIMENSIONS];
                for (int dimension = 0; dimension < DIMENSIONS; dimension++) {
                    features[dimension] = random.nextGaussian() + label * SEPARATION;
                }
                generated.add(new Point(features, label));
            }
            JavaRDD<Point> points = sc.parallelize(generated, 4).cache();

            double[] weights = new double[DIMENSIONS];
            for (int dimension = 0; dimension < DIMENSIONS; dimension++) {
                weights[dimension] = 2 * random.nextDouble() - 1;
            }
            System.out.println("initial weights: " + Arrays.toString(weights));
            for (int iteration = 1; iteration <= ITERATIONS; iteration++) {
                double[] current = weights.clone();
                double[] gradient = points.map(point -> point.gradient(current)).reduce(LogisticRegression::add);
                for (int dimension = 0; dimension < DIMENSIONS; dimension++) {
                    weights[dimension] -= gradient[dimension];
                }
                System.out.println("iteration " + iteration + ": " + Arrays.toString(weights));
            }
            double[] finalWeights = weights.clone();
            long correct = points.filter(point -> Math.signum(point.dot(finalWeights)) == point.label).count();
            System.out.println("correctly classified: " + correct + " of " + points.count());
        }
    }

    private static double[] add(double[] left, double[] right) {
        double[] sum = new double[left.length];
        for (int index = 0; index < left.length; index++) {
            sum[index] = left[index] + right[index];
        }
        return sum;
    }

    /** A labelled point: features and a label of -1 or 1. */
    static final class Point implements Serializable {
        private final double[] features;
        private final double label;

        Point(double[] features, double label) {
            this.features = features.clone();
            this.label = label;
        }

        double dot(double[] weights) {
            double dot = 0;
            for (int index = 0; index < features.length; index++) {
                dot += weights[index] * features[index];
            }
            return dot;
        }

        double[] gradient(double[] weights) {
            double factor = (1 / (1 + Math.exp(-label * dot(weights))) - 1) * label;
            double[] gradient = new double[features.length];
            for (int index = 0; index < features.length; index++) {
                gradient[index] = factor * features[index];
            }
            return gradient;
        }
    }
}
