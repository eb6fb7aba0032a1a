package io.ignis.cli;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.jar.JarFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ignis run [--class MAIN] [--jars A.jar,...] APP.jar [ARGS...]}: runs a program the way
 * spark-submit does, its jars in a class loader of their own above the runtime's. The runtime
 * ships code loaded outside its own loader to the nodes that run the program's work (see
 * {@code ApplicationCode}), so a cluster started with {@code ignis start} runs a program whose
 * classes it has never seen.
 */
@Command(name = "run", description = "Run a program's main class with its jars shipped to the cluster's nodes.")
final class RunCommand implements Callable<Integer> {
    @Option(names = "--class", paramLabel = "MAIN", description = "The main class (default: the jar's Main-Class).")
    String mainClass;

    @Option(names = "--jars", split = ",", paramLabel = "JAR", description = "More jars the program needs.")
    List<Path> jars = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "APP_JAR", description = "The program's jar.")
    Path appJar;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "The program's arguments.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<Path> all = new ArrayList<>(List.of(appJar));
        all.addAll(jars);
        URL[] urls = new URL[all.size()];
        for (int i = 0; i < urls.length; i++) {
            if (!Files.isRegularFile(all.get(i))) {
                System.err.println("ignis run: no such jar: " + all.get(i));
                return 2;
            }
            urls[i] = all.get(i).toAbsolutePath().toUri().toURL();
        }
        String main = mainClass != null ? mainClass : manifestMainClass(appJar);
        if (main == null) {
            System.err.println("ignis run: " + appJar + " names no Main-Class; give --class");
            return 2;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader("ignis-app", urls, RunCommand.class.getClassLoader())) {
            Method entry = loader.loadClass(main).getMethod("main", String[].class);
            if (!Modifier.isStatic(entry.getModifiers())) {
                System.err.println("ignis run: " + main + ".main is not static");
                return 2;
            }
            thread.setContextClassLoader(loader);
            entry.invoke(null, (Object) args.toArray(String[]::new));
            return 0;
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            System.err.println("ignis run: no main(String[]) in " + main + " (" + e.getMessage() + ")");
            return 2;
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String manifestMainClass(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Main-Class");
        }
    }
}
