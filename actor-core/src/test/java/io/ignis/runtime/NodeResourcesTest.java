package io.ignis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GPU detection runs nvidia-smi as a process and reads its CSV. Machines without a GPU stand a
 * script in for it that prints what nvidia-smi prints on a 4-GPU machine (or fails, as it does
 * when the driver is missing); on a GPU machine {@link #theRealNvidiaSmiAgreesWithItsOwnCount}
 * checks the real one.
 */
class NodeResourcesTest {
    @TempDir
    Path dir;

    private String script(String body) throws IOException {
        Path file = dir.resolve("nvidia-smi");
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file.toString();
    }

    @Test
    void gpusAreTheIndicesNvidiaSmiLists() throws IOException {
        String smi = script("[ \"$1\" = --query-gpu=index ] && [ \"$2\" = --format=csv,noheader ] || exit 3\nprintf '0\\n1\\n2\\n3\\n'");
        assertEquals(List.of(0, 1, 2, 3), NodeResources.detectGpus(smi));
    }

    @Test
    void noGpusWhenNvidiaSmiFailsOrIsAbsent() throws IOException {
        assertEquals(List.of(), NodeResources.detectGpus(script("echo 'NVIDIA-SMI has failed because it could not communicate with the NVIDIA driver.'\nexit 9")));
        assertEquals(List.of(), NodeResources.detectGpus(dir.resolve("absent").toString()));
    }

    @Test
    void declaredGpusTakeDetectedIdsWhenThereAreEnough() {
        assertEquals(List.of(2, 3), NodeResources.gpuIds(2, List.of(2, 3, 5)));
        assertEquals(List.of(0, 1, 2), NodeResources.gpuIds(3, List.of(7)));
    }

    @Test
    void theRealNvidiaSmiAgreesWithItsOwnCount() throws Exception {
        List<Integer> detected = NodeResources.detectGpus();
        Process count;
        try {
            count = new ProcessBuilder("nvidia-smi", "-L").redirectErrorStream(true).start();
        } catch (IOException absent) {
            assertEquals(List.of(), detected, "no nvidia-smi, so no GPUs");
            return;
        }
        long listed = new String(count.getInputStream().readAllBytes()).lines().filter(l -> l.startsWith("GPU ")).count();
        count.waitFor();
        assertEquals(listed, detected.size());
    }
}
