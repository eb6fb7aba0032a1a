package io.ignis.rdd.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/ignis example wordcount FILE N}: the example prints the file's most frequent words. */
class WordCountTest {
    @Test
    void printsTheMostFrequentWords(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("text.txt");
        Files.write(text, List.of("the cat and the dog", "The end, the END.", "dog"));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            new WordCount().run(new String[] {text.toString(), "3"});
        } finally {
            System.setOut(original);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).contains("10 words, 5 distinct"), lines.get(0));
        assertEquals("4  the", lines.get(1).strip());
        assertEquals(java.util.Set.of("2  end", "2  dog"), java.util.Set.of(lines.get(2).strip(), lines.get(3).strip()),
                "ties come in no defined order");
    }
}
