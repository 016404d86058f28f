package dev.newsgraph.cli.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expanding command-line inputs: a folder that cannot be read whole costs only the part that cannot. */
class InputFilesTest {

    private static List<String> names(List<Path> files, Path dir) {
        return files.stream().map(p -> dir.relativize(p).toString()).toList();
    }

    /** A subfolder without read permission is named and skipped; its siblings are read. */
    @Test
    void anUnreadableSubfolderIsSkippedAndNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "A story.");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("b.txt"), "Another story.");
        Files.writeString(Files.createDirectories(dir.resolve("open")).resolve("c.txt"), "A third story.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "the user running the tests reads any folder (root)");
            List<String> problems = new ArrayList<>();
            List<Path> files = InputFiles.expand(List.of(dir.toString()), problems::add);
            assertEquals(List.of("a.txt", "open/c.txt"), names(files, dir));
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith(locked + ": cannot be read"), problems.get(0));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /**
     * A subfolder whose path is too long for the system to open (deeper than PATH_MAX) fails for
     * any user, root too: it is named and skipped, and the rest of the folder is read.
     */
    @Test
    void aSubfolderTooDeepToOpenIsSkippedAndNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "A story.");
        Files.writeString(Files.createDirectories(dir.resolve("z")).resolve("c.txt"), "A third story.");
        String part = "d".repeat(200);
        // two chains each short enough to make, joined by a rename into one too long to open
        Path deep = dir.resolve("deep");
        for (int i = 0; i < 12; i++) {
            deep = deep.resolve(part);
        }
        Files.createDirectories(deep);
        Path chain = dir.resolve("chain");
        Path tip = chain;
        for (int i = 0; i < 12; i++) {
            tip = tip.resolve(part);
        }
        Files.createDirectories(tip);
        Path moved = deep.resolve("chain");
        Files.move(chain, moved);
        try {
            List<String> problems = new ArrayList<>();
            List<Path> files = InputFiles.expand(List.of(dir.toString()), problems::add);
            assertEquals(List.of("a.txt", "z/c.txt"), names(files, dir));
            assertTrue(!problems.isEmpty() && problems.stream().allMatch(p -> p.contains(": cannot be")), problems.toString());
            assertTrue(problems.get(0).startsWith(dir.toString()), problems.get(0));
        } finally {
            Files.move(moved, chain); // back within reach, so that the folder can be deleted
        }
    }

    /** Dot files and dot folders stay out; a symbolic link to a file is read as the file. */
    @Test
    void hiddenFilesStayOutAndLinkedFilesComeIn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "A story.");
        Files.writeString(dir.resolve(".hidden.txt"), "Not read.");
        Files.writeString(Files.createDirectories(dir.resolve(".git")).resolve("b.txt"), "Not read.");
        Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("a.txt"));
        List<String> problems = new ArrayList<>();
        List<Path> files = InputFiles.expand(List.of(dir.toString()), problems::add);
        assertEquals(List.of("a.txt", "link.txt"), names(files, dir));
        assertEquals(List.of(), problems);
    }
}
