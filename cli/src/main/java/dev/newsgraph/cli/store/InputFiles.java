package dev.newsgraph.cli.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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

    /**
     * The regular files under {@code dir} that {@code keep} accepts, in name order, hidden ones
     * left out. A subfolder or file that cannot be read (no permission, a path too long, gone
     * while walking) is reported, naming it, and skipped: the rest of the folder is still read.
     */
    private static void walk(Path dir, java.util.function.Predicate<Path> keep, List<Path> files, Consumer<String> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(f);
                    if (regular && !hidden(f) && keep.test(f)) {
                        found.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    problems.accept(f + ": cannot be read, skipped (" + reason(e) + ")");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (e != null) {
                        problems.accept(d + ": cannot be listed whole, the rest skipped (" + reason(e) + ")");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(dir + ": cannot be listed (" + reason(e) + ")");
        }
        found.stream().sorted().forEach(files::add);
    }

    /** A dot file or folder (its own name starts with a dot). */
    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** What went wrong, in a few words on one line. */
    private static String reason(IOException e) {
        String kind = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "gone" : null;
        if (kind != null) {
            return kind;
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int colon = m.lastIndexOf(": ");
        return (colon >= 0 ? m.substring(colon + 2) : m).lines().findFirst().orElse("");
    }
}
