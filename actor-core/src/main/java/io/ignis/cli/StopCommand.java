package io.ignis.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;

/** {@code ignis stop}: stops the node daemons this user started (by their pid files), gracefully. */
@Command(name = "stop", description = "Stop the node daemons started with 'ignis start --daemon'.")
final class StopCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        int stopped = 0;
        for (Path pidFile : Daemons.pidFiles()) {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isPresent() && process.get().isAlive() && isIgnisNode(process.get())) {
                process.get().destroy();
                try {
                    process.get().onExit().get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    process.get().destroyForcibly();
                }
                System.out.println("stopped node (pid " + pid + ")");
                stopped++;
            }
            Files.deleteIfExists(pidFile);
        }
        if (stopped == 0) {
            System.out.println("no running nodes started by this user");
        }
        return 0;
    }

    /** Only a process running our launcher is ours to stop (a recycled pid is not). */
    private static boolean isIgnisNode(ProcessHandle process) {
        return process.info().arguments().map(args -> String.join(" ", args).contains(IgnisCli.class.getName())).orElse(true);
    }
}
