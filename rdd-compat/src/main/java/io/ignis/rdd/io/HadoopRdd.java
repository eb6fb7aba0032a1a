package io.ignis.rdd.io;

import static java.util.Objects.requireNonNull;

import io.ignis.rdd.Rdd;
import io.ignis.rdd.RddContext;
import io.ignis.rdd.Split;
import io.ignis.rdd.TaskScope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.mapred.InputFormat;
import org.apache.hadoop.mapred.InputSplit;
import org.apache.hadoop.mapred.InputSplitWithLocationInfo;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.RecordReader;
import org.apache.hadoop.mapred.Reporter;
import org.apache.hadoop.util.ReflectionUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The records of an old-API (mapred) {@link InputFormat}, as Spark's HadoopRDD reads them: one
 * partition per split of {@code getSplits(jobConf, minPartitions)}, in split order, each read by its
 * own {@link RecordReader}; preferred locations come from the split. Splits of length zero (empty
 * files) are left out unless told otherwise, as Spark 4's {@code spark.hadoopRDD.ignoreEmptySplits}
 * (default true) leaves them out.
 *
 * <p>Like Spark's, the reader reuses one key and one value object for every record of a partition
 * (each element is a new {@code Tuple2} of the same two objects), so a caller that keeps records
 * beyond the next one must copy them first; {@code textFile} maps each value to a String at once,
 * which is safe.
 */
public final class HadoopRdd<K, V> extends Rdd<Tuple2<K, V>> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HadoopRdd.class);

    private final SerializableConfiguration conf;
    private final Class<? extends InputFormat<K, V>> inputFormatClass;
    private final String jobTrackerId;
    private final transient int minPartitions;
    private final transient boolean ignoreEmptySplits;

    /**
     * Reads {@code inputFormatClass} under a snapshot of {@code conf} (input paths set already);
     * {@code minPartitions} is the hint the format's {@code getSplits} receives;
     * {@code ignoreEmptySplits}: leave out splits of length zero.
     */
    public HadoopRdd(RddContext context, JobConf conf, Class<? extends InputFormat<K, V>> inputFormatClass, int minPartitions,
                     boolean ignoreEmptySplits) {
        super(context);
        this.conf = new SerializableConfiguration(requireNonNull(conf, "conf is null"));
        this.inputFormatClass = requireNonNull(inputFormatClass, "inputFormatClass is null");
        this.jobTrackerId = HadoopIds.jobTrackerId(new Date());
        this.minPartitions = minPartitions;
        this.ignoreEmptySplits = ignoreEmptySplits;
    }

    /** One partition: its index and the Hadoop split it reads. */
    record HadoopSplit(int index, SerializableWritable<InputSplit> inputSplit) implements Split {}

    /** The input format, made and configured as Hadoop makes one (JobConfigurable formats get {@code configure}). */
    private InputFormat<K, V> newInputFormat(JobConf jobConf) {
        return ReflectionUtils.newInstance(inputFormatClass, jobConf);
    }

    @Override
    protected Split[] computeSplits() {
        JobConf jobConf = conf.jobConf();
        List<InputSplit> inputSplits = new ArrayList<>();
        try {
            for (InputSplit inputSplit : newInputFormat(jobConf).getSplits(jobConf, minPartitions)) {
                if (!ignoreEmptySplits || inputSplit.getLength() > 0) {
                    inputSplits.add(inputSplit);
                }
            }
        } catch (IOException e) {
            throw Unchecked.rethrow(e);
        }
        Split[] splits = new Split[inputSplits.size()];
        for (int i = 0; i < splits.length; i++) {
            splits[i] = new HadoopSplit(i, new SerializableWritable<>(inputSplits.get(i)));
        }
        return splits;
    }

    @Override
    public Iterator<Tuple2<K, V>> compute(Split split, TaskScope scope) throws Exception {
        InputSplit inputSplit = ((HadoopSplit) split).inputSplit().value();
        // A copy per partition: the task identity goes into it, and one task may read several partitions.
        JobConf jobConf = conf.jobConf();
        HadoopIds.setTaskIdentity(jobConf, jobTrackerId, scope.stageId(), split.index(), scope.attemptNumber());
        RecordReader<K, V> reader = newInputFormat(jobConf).getRecordReader(inputSplit, jobConf, Reporter.NULL);
        Records<K, V> records = new Records<>(reader);
        scope.addCompletionListener(ended -> records.close());
        return records;
    }

    @Override
    public List<String> preferredLocations(Split split) {
        InputSplit inputSplit = ((HadoopSplit) split).inputSplit().value();
        try {
            return SplitLocations.of(inputSplit instanceof InputSplitWithLocationInfo withInfo ? withInfo.getLocationInfo() : null,
                    inputSplit.getLocations());
        } catch (IOException e) {
            throw Unchecked.rethrow(e);
        }
    }

    /** A record reader as an iterator over one reused key and value; closes the reader at the end. */
    private static final class Records<K, V> implements Iterator<Tuple2<K, V>> {
        private final RecordReader<K, V> reader;
        private final K key;
        private final V value;
        private boolean fetched;
        private boolean finished;
        private boolean closed;

        Records(RecordReader<K, V> reader) {
            this.reader = reader;
            this.key = reader.createKey();
            this.value = reader.createValue();
        }

        @Override
        public boolean hasNext() {
            if (!fetched && !finished) {
                try {
                    finished = !reader.next(key, value);
                } catch (IOException e) {
                    close();
                    throw Unchecked.rethrow(e);
                }
                fetched = !finished;
                if (finished) {
                    close();
                }
            }
            return !finished;
        }

        @Override
        public Tuple2<K, V> next() {
            if (!hasNext()) {
                throw new NoSuchElementException("End of stream");
            }
            fetched = false;
            return new Tuple2<>(key, value);
        }

        synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                reader.close();
            } catch (IOException e) {
                // The records were all read; a failing close loses nothing (Spark only logs it too).
                LOG.warn("Exception in RecordReader.close()", e);
            }
        }
    }
}
