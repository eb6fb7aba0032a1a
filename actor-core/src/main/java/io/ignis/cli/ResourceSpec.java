package io.ignis.cli;

import io.ignis.api.Resources;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** Parses {@code CPU=2,GPU=1,name=n} into resource amounts for picocli. */
final class ResourceSpec implements CommandLine.ITypeConverter<Map<String, Double>> {
    @Override
    public Map<String, Double> convert(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String trimmed = pair.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq <= 0 || eq == trimmed.length() - 1) {
                throw new CommandLine.TypeConversionException("expected NAME=AMOUNT, got '" + trimmed + "'");
            }
            try {
                out.put(trimmed.substring(0, eq).trim(), Double.parseDouble(trimmed.substring(eq + 1).trim()));
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("not a number in '" + trimmed + "'");
            }
        }
        try {
            Resources.check(out);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
        return out;
    }
}
