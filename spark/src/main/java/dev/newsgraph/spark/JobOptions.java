package dev.newsgraph.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code [--master URL] [--published DATE] [--partitions N] [--overwrite]
 * --out DIR INPUT...}. {@code --master} is for runs outside spark-submit (default {@code local[*]}).
 */
record JobOptions(String master, String published, int partitions, boolean overwrite, String out, List<String> inputs) {

    static final String USAGE = "usage: newsgraph spark [--master local[2]] [--published DATE] [--partitions N] "
            + "[--overwrite] --out DIR INPUT...";

    JobOptions {
        inputs = List.copyOf(inputs);
    }

    /** @throws IllegalArgumentException with a one-line message for bad usage */
    static JobOptions parse(String... args) {
        String master = null;
        String published = null;
        int partitions = 0;
        boolean overwrite = false;
        String out = null;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--master" -> master = value(args, ++i, a);
                case "--published" -> published = value(args, ++i, a);
                case "--out" -> out = value(args, ++i, a);
                case "--overwrite" -> overwrite = true;
                case "--partitions" -> {
                    String v = value(args, ++i, a);
                    try {
                        partitions = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--partitions: not a number: " + v);
                    }
                    if (partitions < 1) {
                        throw new IllegalArgumentException("--partitions must be 1 or more");
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    inputs.add(a);
                }
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no INPUT given");
        }
        if (published != null && !published.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            throw new IllegalArgumentException("--published: not an ISO 8601 date: " + published);
        }
        return new JobOptions(master, published, partitions, overwrite, out, inputs);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
