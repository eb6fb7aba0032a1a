package io.ignis.rdd.io;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.mapred.SplitLocationInfo;

/**
 * Preferred hosts of an input split, as Spark derives them: from the split's location info when it
 * has some (a block cached in memory on a host becomes {@code hdfs_cache_<host>}), else from its
 * plain host list; {@code localhost} (what the local file system reports) says nothing and is dropped.
 */
final class SplitLocations {
    private SplitLocations() {}

    static List<String> of(SplitLocationInfo[] infos, String[] hosts) {
        List<String> result = new ArrayList<>();
        if (infos != null) {
            for (SplitLocationInfo info : infos) {
                String host = info.getLocation();
                if (host != null && !host.equals("localhost")) {
                    result.add(info.isInMemory() ? "hdfs_cache_" + host : host);
                }
            }
            return List.copyOf(result);
        }
        if (hosts != null) {
            for (String host : hosts) {
                if (host != null && !host.equals("localhost")) {
                    result.add(host);
                }
            }
        }
        return List.copyOf(result);
    }
}
