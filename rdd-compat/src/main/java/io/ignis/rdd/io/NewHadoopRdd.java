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
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.Writable;
import org.apache.hadoop.mapreduce.InputFormat;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.JobID;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.TaskType;
import org.apache.hadoop.mapreduce.task.JobContextImpl;
import org.apache.hadoop.mapreduce.task.TaskAttemptContextImpl;
import org.apache.hadoop.util.ReflectionUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The records of a new-API (mapreduce) {@link InputFormat}, as Spark's NewHadoopRDD reads them: one
 * partition per split of {@code getSplits(jobContext)}, in split order, each read by a record
 * reader under its own {@link TaskAttemptContext}; preferred locations come from the split.
 * Splits of length zero are left out when told to (Spark 4's {@code spark.hadoopRDD.ignoreEmptySplits},
 * default true; Spark's wholeTextFiles and binaryFiles keep them). An optional driver-side step prepares the format before it splits (wholeTextFiles and
 * binaryFiles size their combined splits from {@code minPartitions} that way).
 *
 * <p>Like Spark's, the record reader decides whether keys and values are reused between records
 * (Hadoop's line and sequence-file readers reuse them); a caller that keeps records must copy them.
 */
public final class NewHadoopRdd<K, V> extends Rdd<Tuple2<K, V>> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(NewHadoopRdd.class);

    /** What the driver does to a freshly made input format before asking it for splits. */
    @FunctionalInterface
    public interface Preparation<K, V> {
        void prepare(InputFormat<K, V> format, JobContext context) throws IOException;
    }

    private final SerializableConfiguration conf;
    private final Class<? extends InputFormat<K, V>> inputFormatClass;
    private final String jobTrackerId;
    private final transient boolean ignoreEmptySplits;
    private final transient Preparation<K, V> preparation;

    /**
     * Reads {@code inputFormatClass} under a snapshot of {@code conf} (input paths set already);
     * {@code ignoreEmptySplits}: leave out splits of length zero.
     */
    public NewHadoopRdd(RddContext context, Configuration conf, Class<? extends InputFormat<K, V>> inputFormatClass,
                        boolean ignoreEmptySplits) {
        this(context, conf, inputFormatClass, ignoreEmptySplits, null);
    }

    /** As above, with {@code preparation} (may be null) run on the format before {@code getSplits}. */
    public NewHadoopRdd(RddContext context, Configuration conf, Class<? extends InputFormat<K, V>> inputFormatClass,
                        boolean ignoreEmptySplits, Preparation<K, V> preparation) {
        super(context);
        this.conf = new SerializableConfiguration(requireNonNull(conf, "conf is null"));
        this.inputFormatClass = requireNonNull(inputFormatClass, "inputFormatClass is null");
        this.jobTrackerId = HadoopIds.jobTrackerId(new Date());
        this.ignoreEmptySplits = ignoreEmptySplits;
        this.preparation = preparation;
    }

    /** One partition: its index and the Hadoop split it reads (new-API splits that travel are Writable). */
    record NewHadoopSplit(int index, SerializableWritable<Writable> inputSplit) implements Split {
        InputSplit hadoopSplit() {
            return (InputSplit) inputSplit.value();
        }
    }

    @Override
    protected Split[] computeSplits() {
        Configuration splitConf = conf.copy();
        InputFormat<K, V> format = ReflectionUtils.newInstance(inputFormatClass, splitConf);
        List<InputSplit> inputSplits = new ArrayList<>();
        try {
            JobContext jobContext = new JobContextImpl(splitConf, new JobID(jobTrackerId, id()));
            if (preparation != null) {
                preparation.prepare(format, jobContext);
            }
            for (InputSplit inputSplit : format.getSplits(jobContext)) {
                if (!ignoreEmptySplits || inputSplit.getLength() > 0) {
                    inputSplits.add(inputSplit);
                }
            }
        } catch (IOException | InterruptedException e) {
            throw Unchecked.rethrow(e);
        }
        Split[] splits = new Split[inputSplits.size()];
        for (int i = 0; i < splits.length; i++) {
            InputSplit inputSplit = inputSplits.get(i);
            if (!(inputSplit instanceof Writable writable)) {
                throw new IllegalStateException(inputFormatClass.getName() + " made a split that is not Writable and so cannot"
                        + " travel to a task: " + inputSplit.getClass().getName());
            }
            splits[i] = new NewHadoopSplit(i, new SerializableWritable<>(writable));
        }
        return splits;
    }

    @Override
    public Iterator<Tuple2<K, V>> compute(Split split, TaskScope scope) throws Exception {
        InputSplit inputSplit = ((NewHadoopSplit) split).hadoopSplit();
        Configuration taskConf = conf.value();
        TaskAttemptID attempt = new TaskAttemptID(jobTrackerId, id(), TaskType.MAP, split.index(), 0);
        TaskAttemptContext attemptContext = new TaskAttemptContextImpl(taskConf, attempt);
        InputFormat<K, V> format = ReflectionUtils.newInstance(inputFormatClass, taskConf);
        RecordReader<K, V> reader = format.createRecordReader(inputSplit, attemptContext);
        Records<K, V> records = new Records<>(reader);
        scope.addCompletionListener(ended -> records.close());
        try {
            reader.initialize(inputSplit, attemptContext);
        } catch (IOException | InterruptedException | RuntimeException e) {
            records.close();
            throw e;
        }
        return records;
    }

    @Override
    public List<String> preferredLocations(Split split) {
        InputSplit inputSplit = ((NewHadoopSplit) split).hadoopSplit();
        try {
            return SplitLocations.of(inputSplit.getLocationInfo(), inputSplit.getLocations());
        } catch (IOException | InterruptedException e) {
            throw Unchecked.rethrow(e);
        }
    }

    /** A record reader as an iterator; closes the reader at the end. */
    private static final class Records<K, V> implements Iterator<Tuple2<K, V>> {
        private final RecordReader<K, V> reader;
        private boolean havePair;
        private boolean finished;
        private boolean closed;

        Records(RecordReader<K, V> reader) {
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            if (!finished && !havePair) {
                try {
                    finished = !reader.nextKeyValue();
                } catch (IOException | InterruptedException e) {
                    close();
                    throw Unchecked.rethrow(e);
                }
                if (finished) {
                    close();
                }
                havePair = !finished;
            }
            return !finished;
        }

        @Override
        public Tuple2<K, V> next() {
            if (!hasNext()) {
                throw new NoSuchElementException("End of stream");
            }
            havePair = false;
            try {
                return new Tuple2<>(reader.getCurrentKey(), reader.getCurrentValue());
            } catch (IOException | InterruptedException e) {
                throw Unchecked.rethrow(e);
            }
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
