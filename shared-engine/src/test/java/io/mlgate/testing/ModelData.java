package io.mlgate.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded synthetic data for model tests, written as CSV into a test's temporary directory: two numbers, one
 * category and a label that depends on all three (so a model has something to learn and metrics are far from
 * chance), and a regression variant.
 */
public final class ModelData {
    private static final String[] CITIES = {"oslo", "lima", "pune"};

    private ModelData() {
    }

    /** Columns {@code x1,x2,city,y}; y is {@code yes} with probability sigmoid(2 x1 - x2 + [city = oslo]). */
    public static Path binary(Path dir, String name, int rows, long seed) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>(List.of("x1,x2,city,y"));
        for (int i = 0; i < rows; i++) {
            double x1 = r.nextGaussian();
            double x2 = r.nextGaussian();
            String city = CITIES[r.nextInt(CITIES.length)];
            double z = 2 * x1 - x2 + (city.equals("oslo") ? 1 : 0);
            boolean yes = r.nextDouble() < 1 / (1 + Math.exp(-z));
            lines.add(String.format(Locale.ROOT, "%.4f,%.4f,%s,%s", x1, x2, city, yes ? "yes" : "no"));
        }
        return Files2.write(dir, name, lines.toArray(String[]::new));
    }

    /** Columns {@code x1,x2,city,target}; target = 3 x1 - 2 x2 + 5 [city = lima] + N(0, 0.5). */
    public static Path regression(Path dir, String name, int rows, long seed) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>(List.of("x1,x2,city,target"));
        for (int i = 0; i < rows; i++) {
            double x1 = r.nextGaussian();
            double x2 = r.nextGaussian();
            String city = CITIES[r.nextInt(CITIES.length)];
            double y = 3 * x1 - 2 * x2 + (city.equals("lima") ? 5 : 0) + 0.5 * r.nextGaussian();
            lines.add(String.format(Locale.ROOT, "%.4f,%.4f,%s,%.4f", x1, x2, city, y));
        }
        return Files2.write(dir, name, lines.toArray(String[]::new));
    }

    /** A policy with a model section; {@code train} and {@code test} are YAML lines indented under their key. */
    public static Path policy(Path dir, String task, String label, List<String> train, List<String> test) {
        List<String> lines = new ArrayList<>(List.of("version: 1", "model:", "  task: " + task, "  label: " + label));
        if (!train.isEmpty()) {
            lines.add("  train:");
            train.forEach(l -> lines.add("    " + l));
        }
        if (!test.isEmpty()) {
            lines.add("  test:");
            test.forEach(l -> lines.add("    " + l));
        }
        return Files2.write(dir, "mlgate.yml", lines.toArray(String[]::new));
    }
}
