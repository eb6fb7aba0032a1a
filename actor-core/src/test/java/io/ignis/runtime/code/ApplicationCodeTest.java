package io.ignis.runtime.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which code a program ships: none for the runtime's and the JDK's classes; a loader's jars and folders for its classes. */
class ApplicationCodeTest {
    @TempDir
    static Path dir;
    static TestJars.Compiled compiled;

    @BeforeAll
    static void compile() throws Exception {
        compiled = TestJars.compile(dir.resolve("app"), Map.of("app.Thing",
                "package app; public final class Thing implements java.io.Serializable {}"));
    }

    @Test
    void classesOfTheRuntimesLoaderAndTheJdkShipNothing() {
        ApplicationCode code = new ApplicationCode(getClass().getClassLoader(), dir.resolve("pack"));
        code.note(String.class);
        code.note(ApplicationCode.class);
        code.note(ApplicationCodeTest.class); // the test's classes share the runtime's loader
        assertEquals(List.of(), code.pieces());
    }

    @Test
    void aClassOfAJarLoadedApartShipsTheJar() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {compiled.jar().toUri().toURL()}, getClass().getClassLoader())) {
            ApplicationCode code = new ApplicationCode(getClass().getClassLoader(), dir.resolve("pack"));
            code.note(loader.loadClass("app.Thing"));
            CodePiece jar = CodePiece.of(compiled.jar(), "code.jar");
            assertEquals(List.of(jar), code.pieces());
            assertEquals(compiled.jar(), code.file(jar.sha256()));
            assertSame(loader.loadClass("app.Thing"), code.loader().loadClass("app.Thing"), "the node reads the program's values back");
        }
    }

    @Test
    void aFolderIsPackedTheSameWayEveryTime() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {compiled.classes().toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> thing = loader.loadClass("app.Thing");
            ApplicationCode first = new ApplicationCode(getClass().getClassLoader(), dir.resolve("pack-1"));
            ApplicationCode second = new ApplicationCode(getClass().getClassLoader(), dir.resolve("pack-2"));
            first.note(thing);
            second.note(thing);
            assertEquals(1, first.pieces().size());
            assertEquals("classes.jar", first.pieces().get(0).name());
            assertEquals(first.pieces(), second.pieces(), "same folder, same hash: nodes reuse what they cached");
            assertTrue(first.file(first.pieces().get(0).sha256()).startsWith(dir.resolve("pack-1")));
        }
    }
}
