package org.apache.spark;

import java.io.File;

/**
 * Where files added with {@code SparkContext.addFile} are: a directory of the driver's context
 * holding a copy of each. Tasks find it through their job's properties. Ignis copies the files on
 * the driver's machine only, so a task on another machine finds them only on a shared file system.
 */
public final class SparkFiles {
    static final String ROOT_PROPERTY = "spark.files.root";

    private SparkFiles() {}

    /** The absolute path of an added file, by its name. */
    public static String get(String filename) {
        return new File(getRootDirectory(), filename).getAbsolutePath();
    }

    /** The directory that holds the added files. */
    public static String getRootDirectory() {
        TaskContext task = TaskContext.get();
        String root = task != null ? task.getLocalProperty(ROOT_PROPERTY) : null;
        if (root == null) {
            root = SparkContext.filesRootOfActive();
        }
        return root == null ? "." : root;
    }
}
