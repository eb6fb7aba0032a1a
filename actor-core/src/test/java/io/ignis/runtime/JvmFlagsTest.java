package io.ignis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ignis.api.Ignis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The flag list comes from the build, and a JVM started without it fails at init naming what is missing. */
class JvmFlagsTest {
    @Test
    void theBuildWroteTheFlagList() {
        assertTrue(JvmFlags.all().contains("--add-opens=java.base/java.nio=ALL-UNNAMED"), JvmFlags.all());
        assertEquals(List.of(), JvmFlags.missing(), "the test JVM is started with the flags");
    }

    /** Started in a JVM without the flags. */
    public static void main(String[] args) {
        Ignis.init().close();
    }

    @Test
    void aJvmWithoutTheFlagsFailsAtInitListingThem() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), JvmFlagsTest.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertNotEquals(0, process.exitValue());
        assertTrue(output.contains("StartupException"), output);
        assertTrue(output.contains("--add-opens=java.base/java.nio=ALL-UNNAMED"), output);
    }
}
