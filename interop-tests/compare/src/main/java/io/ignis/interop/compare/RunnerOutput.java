package io.ignis.interop.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the results file the programs' runner ({@code io.ignis.interop.runner.ProgramRunner})
 * writes: per program, a start delimiter, the captured output, and an end delimiter saying whether
 * main returned or threw. A program whose end delimiter is missing is unfinished. The delimiter
 * format is the runner's; change both together.
 */
public final class RunnerOutput {
    static final String PROGRAM_PREFIX = "==== interop program ";
    static final String END_PREFIX = "==== interop end ";
    static final String DELIMITER_SUFFIX = " ====";

    private RunnerOutput() {
    }

    /** The runs in the file, by program name; an absent file means no program ran. */
    public static Map<String, ProgramRun> read(Path resultsFile) throws IOException {
        if (!Files.exists(resultsFile)) {
            return Map.of();
        }
        return parse(Files.readAllLines(resultsFile, StandardCharsets.UTF_8));
    }

    /** The runs described by the lines of a results file, by program name, in file order. */
    public static Map<String, ProgramRun> parse(List<String> lines) {
        Map<String, ProgramRun> runs = new LinkedHashMap<>();
        String current = null;
        List<String> output = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(PROGRAM_PREFIX) && line.endsWith(DELIMITER_SUFFIX)) {
                if (current != null) {
                    runs.put(current, new ProgramRun(current, output, ProgramRun.Ending.UNFINISHED, ""));
                }
                current = line.substring(PROGRAM_PREFIX.length(), line.length() - DELIMITER_SUFFIX.length());
                output = new ArrayList<>();
            } else if (current != null && line.startsWith(END_PREFIX + current + " ") && line.endsWith(DELIMITER_SUFFIX)) {
                String ending = line.substring((END_PREFIX + current + " ").length(), line.length() - DELIMITER_SUFFIX.length());
                runs.put(current, ending.equals("ok")
                        ? new ProgramRun(current, output, ProgramRun.Ending.RETURNED, "")
                        : new ProgramRun(current, output, ProgramRun.Ending.THREW, ending.replaceFirst("^threw ", "")));
                current = null;
                output = new ArrayList<>();
            } else if (current != null) {
                output.add(line);
            }
        }
        if (current != null) {
            runs.put(current, new ProgramRun(current, output, ProgramRun.Ending.UNFINISHED, ""));
        }
        return runs;
    }
}
