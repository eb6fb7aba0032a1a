package io.ignis.interop.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramCatalogTest {
    @TempDir
    Path folder;

    @Test
    void programsAreTheSourcesWithAMainAndCompiledMeansAClassFile() throws IOException {
        Path sources = Files.createDirectories(folder.resolve("programs").resolve(ProgramCatalog.PACKAGE_PATH));
        Files.writeString(sources.resolve("Zebra.java"), "public final class Zebra { public static void main(String[] args) {} }");
        Files.writeString(sources.resolve("Alpha.java"), "public final class Alpha {\n  public static void main(String... args) {}\n}");
        Files.writeString(sources.resolve("Helper.java"), "public final class Helper { static void help() {} }");
        Files.writeString(sources.resolve("notes.txt"), "public static void main(");

        assertEquals(List.of("Alpha", "Zebra"), new ProgramCatalog(folder.resolve("programs")).programs());

        Path classes = Files.createDirectories(folder.resolve("classes").resolve(ProgramCatalog.PACKAGE_PATH));
        Files.write(classes.resolve("Alpha.class"), new byte[] {1});
        assertTrue(ProgramCatalog.compiled(folder.resolve("classes"), "Alpha"));
        assertFalse(ProgramCatalog.compiled(folder.resolve("classes"), "Zebra"));
    }
}
