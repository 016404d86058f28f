package dev.newsgraph.cli.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files named on a command line: a file as it is, a folder's files recursively (hidden ones
 * left out) in name order, a glob ({@code 'news/**.jsonl'}) matched from its fixed leading folders.
 * A name that matches nothing is reported, not fatal. {@code -} stands for standard input and is
 * kept as it is ({@link #STDIN}).
 */
final class InputFiles {
    private InputFiles() {
    }

    /** Standard input, among the expanded files. */
    static final Path STDIN = Path.of("-");

    static List<Path> expand(List<String> inputs, Consumer<String> problems) {
        List<Path> files = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-")) {
                files.add(STDIN);
                continue;
            }
            int before = files.size();
            if (isGlob(input)) {
                glob(input, files, problems);
            } else {
                Path p = Path.of(input);
                if (Files.isDirectory(p)) {
                    walk(p, path -> true, files, problems);
                } else if (Files.exists(p)) {
                    files.add(p);
                } else {
                    problems.accept(input + ": no such file or folder");
                    continue;
                }
            }
            if (files.size() == before) {
                problems.accept(input + ": no files found");
            }
        }
        return files;
    }

    private static boolean isGlob(String s) {
        return s.contains("*") || s.contains("?") || s.contains("[") || s.contains("{");
    }

    private static void glob(String pattern, List<Path> files, Consumer<String> problems) {
        String norm = pattern.replace('\\', '/');
        int firstMeta = indexOfMeta(norm);
        int slash = norm.lastIndexOf('/', firstMeta);
        Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : norm.substring(0, slash));
        String rest = slash < 0 ? norm : norm.substring(slash + 1);
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        if (Files.isDirectory(base)) {
            walk(base, p -> m.matches(base.relativize(p)), files, problems);
        }
    }

    private static int indexOfMeta(String s) {
        int i = Integer.MAX_VALUE;
        for (char c : new char[] {'*', '?', '[', '{'}) {
            int at = s.indexOf(c);
            if (at >= 0) {
                i = Math.min(i, at);
            }
        }
        return i;
    }

    private static void walk(Path dir, java.util.function.Predicate<Path> keep, List<Path> files, Consumer<String> problems) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile)
                    .filter(p -> !dir.relativize(p).toString().matches("(^|.*[/\\\\])\\..*"))
                    .filter(keep)
                    .sorted()
                    .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.accept(dir + ": cannot be listed (" + e.getMessage() + ")");
        }
    }
}
