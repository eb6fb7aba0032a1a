package io.ignis.examples;

import io.ignis.api.ActorHandle;
import io.ignis.api.Ignis;
import io.ignis.api.IgnisConfig;
import io.ignis.api.IgnisRuntime;
import io.ignis.api.ObjectRef;
import io.ignis.cli.Example;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * {@code bin/ignis example recovery [--address HOST:PORT] [--rounds N]}: a task graph that keeps a
 * cluster of three 2-CPU nodes busy for about 25 seconds (40 rounds) and prints {@code checksum <value>} at the end.
 * Each round puts an object, runs a chain of tasks over it, a fan-out over the chain's result, and
 * calls to an actor that is restarted if its node dies; every value is a pure function of the
 * round, so the checksum is the same whether or not nodes die on the way (kill one of three
 * daemons with {@code kill -9} halfway: see the README).
 */
public final class RecoveryExample implements Example {
    static final int BLOCK_BYTES = 512 << 10;
    static final int CHAIN = 8;
    static final int FAN = 12;
    static final int CALLS = 20;

    @Override
    public String name() {
        return "recovery";
    }

    @Override
    public String description() {
        return "a ~25 s task graph whose checksum survives killed nodes [--address host:port] [--rounds N]";
    }

    static byte[] block(int seed) {
        byte[] out = new byte[BLOCK_BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (seed * 131 + i * 7 + (i >>> 9));
        }
        return out;
    }

    /** One chain link: about 40 ms of work on a block, returning a new block. */
    static byte[] step(byte[] in, int salt) throws InterruptedException {
        Thread.sleep(30);
        byte[] out = in.clone();
        for (int i = 0; i < out.length; i += 16) {
            out[i] = (byte) (out[i] * 5 + salt);
        }
        return out;
    }

    /** One fan-out leaf: a checksum of a slice of the block. */
    static long slice(byte[] block, int part) throws InterruptedException {
        Thread.sleep(60);
        CRC32 crc = new CRC32();
        int size = block.length / FAN;
        crc.update(block, part * size, size);
        return crc.getValue();
    }

    /** An actor whose answers depend only on its constructor's argument, so a restarted one answers the same. */
    public static final class Scorer {
        private final long weight;

        public Scorer(long weight) {
            this.weight = weight;
        }

        public long score(long x) throws InterruptedException {
            Thread.sleep(15);
            return x * weight ^ (x >>> 3);
        }
    }

    @Override
    public void run(String[] args) {
        String address = null;
        int rounds = 40;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--address" -> address = args[++i];
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (use --address HOST:PORT, --rounds N)");
            }
        }
        IgnisConfig config = address != null
                ? IgnisConfig.builder().localNodes(0).join(List.of(address)).build()
                : IgnisConfig.builder().build();
        long start = System.nanoTime();
        try (IgnisRuntime ignis = Ignis.init(config)) {
            ActorHandle<Scorer> scorer = ignis.actor(Scorer::new, 7L).maxRestarts(-1).maxTaskRetries(-1).remote();
            CRC32 checksum = new CRC32();
            for (int round = 0; round < rounds; round++) {
                ObjectRef<byte[]> seed = ignis.put(block(round));
                ObjectRef<byte[]> link = seed;
                for (int i = 0; i < CHAIN; i++) {
                    link = ignis.task(RecoveryExample::step, link, round + i).remote();
                }
                List<ObjectRef<Long>> leaves = new ArrayList<>();
                for (int part = 0; part < FAN; part++) {
                    leaves.add(ignis.task(RecoveryExample::slice, link, part).remote());
                }
                List<ObjectRef<Long>> scores = new ArrayList<>();
                for (int i = 0; i < CALLS; i++) {
                    scores.add(scorer.task(Scorer::score, (long) round * CALLS + i).remote());
                }
                for (ObjectRef<Long> leaf : leaves) {
                    update(checksum, leaf.get(Duration.ofMinutes(5)));
                }
                for (ObjectRef<Long> score : scores) {
                    update(checksum, score.get(Duration.ofMinutes(5)));
                }
                ignis.free(List.of(seed));
                System.out.printf("round %d of %d done (%.1f s)%n", round + 1, rounds, (System.nanoTime() - start) / 1e9);
            }
            System.out.printf("checksum %08x%n", checksum.getValue());
        }
    }

    private static void update(CRC32 crc, long value) {
        for (int shift = 0; shift < 64; shift += 8) {
            crc.update((int) (value >>> shift) & 0xff);
        }
    }
}
