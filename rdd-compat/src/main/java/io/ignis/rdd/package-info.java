/** The RDD engine behind rdd-compat's Spark API: descriptions, the planner that turns actions into tasks. */
package io.ignis.rdd;
