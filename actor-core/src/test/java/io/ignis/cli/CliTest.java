package io.ignis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/ignis's commands, run as the launcher runs them: a daemon node started, listed, stopped. */
class CliTest {
    @TempDir
    Path runDir;
    private String previous;

    @BeforeEach
    void useTemporaryRunDir() {
        previous = System.setProperty("ignis.run.dir", runDir.toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty("ignis.run.dir");
        } else {
            System.setProperty("ignis.run.dir", previous);
        }
    }

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = IgnisCli.commandLine().execute(args);
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, "ignis " + String.join(" ", args) + " printed:\n" + out);
        return out;
    }

    @Test
    void startDaemonStatusAndStop() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String started = run("start", "--daemon", "--port", Integer.toString(port), "--resources", "CPU=1,widget=3");
        assertTrue(started.contains("started node (pid"), started);
        List<Path> pidFiles = Daemons.pidFiles();
        assertEquals(1, pidFiles.size());
        long pid = Long.parseLong(Files.readString(pidFiles.get(0)).trim());
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));

        String status = run("status", "--address", "127.0.0.1:" + port);
        assertTrue(status.contains("widget"), status);
        assertTrue(status.contains("127.0.0.1:" + port), status);
        assertTrue(status.contains("3/3"), status);

        String stopped = run("stop");
        assertTrue(stopped.contains("stopped node (pid " + pid + ")"), stopped);
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertTrue(Daemons.pidFiles().isEmpty());
    }

    @Test
    void examplesAreListedAndRun() {
        String list = run("example");
        assertTrue(list.contains("tasks"), list);
        String output = run("example", "tasks");
        assertTrue(output.contains("sum of squares 1..100 = 338350"), output);
        assertTrue(output.contains("running total after 10 calls = 55"), output);
    }

    private static String checksum(String output) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^checksum ([0-9a-f]{8})$").matcher(output);
        assertTrue(m.find(), output);
        return m.group(1);
    }

    /** The README's demo: three daemons, the recovery example twice, a daemon killed with -9 during the second run. */
    @Test
    void recoveryExampleGivesTheSameChecksumWhenADaemonIsKilled() throws Exception {
        List<Integer> ports = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                ports.add(socket.getLocalPort());
            }
        }
        String first = "127.0.0.1:" + ports.get(0);
        run("start", "--daemon", "--port", Integer.toString(ports.get(0)), "--resources", "CPU=2");
        run("start", "--daemon", "--port", Integer.toString(ports.get(1)), "--join", first, "--resources", "CPU=2");
        run("start", "--daemon", "--port", Integer.toString(ports.get(2)), "--join", first, "--resources", "CPU=2");
        try {
            String undisturbed = checksum(run("example", "recovery", "--address", first, "--rounds", "12"));
            long victim = Long.parseLong(Files.readString(Daemons.pidFiles().get(1)).trim());
            java.util.concurrent.ScheduledExecutorService killer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
            try {
                java.util.concurrent.atomic.AtomicLong killedAt = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
                killer.schedule(() -> {
                    ProcessHandle.of(victim).ifPresent(ProcessHandle::destroyForcibly);
                    killedAt.set(System.nanoTime());
                }, 3, java.util.concurrent.TimeUnit.SECONDS);
                String killed = checksum(run("example", "recovery", "--address", first, "--rounds", "12"));
                assertTrue(killedAt.get() < System.nanoTime(), "the daemon was killed during the run");
                assertEquals(undisturbed, killed);
            } finally {
                killer.shutdownNow();
            }
        } finally {
            run("stop");
        }
    }

    /**
     * {@code ignis run} runs a program from a jar only the launcher is given: the node process,
     * started with the runtime alone on its classpath, runs the program's tasks and actor.
     */
    @Test
    void runShipsTheProgramsJarToTheNodes(@TempDir Path dir) throws Exception {
        io.ignis.runtime.code.TestJars.Compiled program = io.ignis.runtime.code.TestJars.compile(dir, Map.of("app.Main", """
                package app;
                import io.ignis.api.*;
                public final class Main {
                    static String where(int x) { return 3 * x + " on " + TaskContext.current().nodeId(); }
                    public static final class Total {
                        private int sum;
                        public int add(int x) { sum += x; return sum; }
                    }
                    public static void main(String[] args) throws Exception {
                        IgnisConfig config = IgnisConfig.builder().localNodes(0).join(java.util.List.of(args[0])).build();
                        try (IgnisRuntime ignis = Ignis.init(config)) {
                            String task = ignis.task(Main::where, 14).remote().get();
                            ActorHandle<Total> total = ignis.actor(Total::new).remote();
                            total.task(Total::add, 5).remote().get();
                            System.out.println("task " + task + ", actor " + total.task(Total::add, 37).remote().get());
                        }
                    }
                }
                """));
        try (NodeProcess node = NodeProcess.start(0, List.of(), "CPU=2", "512m", io.ignis.runtime.code.TestJars.runtimeClasspath())) {
            String out = run("run", "--class", "app.Main", program.jar().toString(), node.address());
            assertTrue(out.contains("task 42 on " + node.nodeId() + ", actor 42"), out);
        }
    }
}
