package io.ignis.runtime;

import io.ignis.api.exception.StartupException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM flags Ignite and Arrow need on Java 17, read from the list the build wrote (one
 * definition, in the parent POM), and the check that fails a node's start, naming what is missing,
 * when the JVM was started without them.
 */
public final class JvmFlags {
    private static final String RESOURCE = "/io/ignis/runtime/jvm-flags.txt";

    private JvmFlags() {}

    /** The flags, space separated, as the build defined them. */
    public static String all() {
        try (InputStream in = JvmFlags.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "";
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return text.startsWith("${") ? "" : text;
        } catch (IOException e) {
            return "";
        }
    }

    /** The {@code --add-opens} flags this JVM lacks. */
    public static List<String> missing() {
        List<String> missing = new ArrayList<>();
        Module self = JvmFlags.class.getModule();
        for (String flag : all().split("\\s+")) {
            if (!flag.startsWith("--add-opens=")) {
                continue;
            }
            String spec = flag.substring("--add-opens=".length());
            int slash = spec.indexOf('/');
            int eq = spec.indexOf('=');
            if (slash < 0 || eq < slash) {
                continue;
            }
            String moduleName = spec.substring(0, slash);
            String packageName = spec.substring(slash + 1, eq);
            ModuleLayer.boot().findModule(moduleName).ifPresent(module -> {
                if (module.getPackages().contains(packageName) && !module.isOpen(packageName, self)) {
                    missing.add(flag);
                }
            });
        }
        return missing;
    }

    /** Fails with the list of missing flags, if any. */
    public static void check() {
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            throw new StartupException("Ignis needs JVM flags that this JVM was started without (Ignite on Java 17 "
                    + "and Arrow need them). Add to the java command line:\n  " + String.join(" ", missing)
                    + "\n(the full list is in io/ignis/runtime/jvm-flags.txt; bin/ignis and the Maven build pass it for you)");
        }
    }
}
