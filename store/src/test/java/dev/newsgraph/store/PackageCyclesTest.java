package dev.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The store's packages depend on one another one way only: a cycle would mean no package can be
 * understood, changed or replaced without the others. Reads the dependencies of the compiled
 * classes with the JDK's jdeps.
 */
class PackageCyclesTest {
    private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s");

    @Test
    void storePackagesHaveNoCycle() throws Exception {
        Map<String, Set<String>> uses = dependencies();
        assertTrue(uses.containsKey("dev.newsgraph.store.sql"), "jdeps read the store's classes: " + uses);
        assertTrue(uses.get("dev.newsgraph.store.sql").contains("dev.newsgraph.store"), "edges are read: " + uses);
        assertEquals(List.of(), cycle(uses), "a package cycle among " + uses);
    }

    /** Package to the other store packages its classes use, from {@code jdeps -verbose:package}. */
    private static Map<String, Set<String>> dependencies() throws Exception {
        Optional<ToolProvider> jdeps = ToolProvider.findFirst("jdeps");
        Assumptions.assumeTrue(jdeps.isPresent(), "jdeps comes with a JDK");
        Path classes = Path.of(Store.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = jdeps.get().run(new PrintWriter(out), new PrintWriter(err), "-verbose:package",
                "-e", "dev\\.newsgraph\\.store(\\..*)?", classes.toString());
        assertEquals(0, rc, err.toString());
        Map<String, Set<String>> uses = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) {
                uses.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        return uses;
    }

    /** The packages of one cycle, the first closing the path again; empty where there is none. */
    private static List<String> cycle(Map<String, Set<String>> uses) {
        Set<String> done = new TreeSet<>();
        for (String start : uses.keySet()) {
            List<String> found = walk(start, uses, new ArrayList<>(), done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> walk(String from, Map<String, Set<String>> uses, List<String> path, Set<String> done) {
        int at = path.indexOf(from);
        if (at >= 0) {
            List<String> loop = new ArrayList<>(path.subList(at, path.size()));
            loop.add(from);
            return loop;
        }
        if (done.contains(from)) {
            return List.of();
        }
        path.add(from);
        for (String to : uses.getOrDefault(from, Set.of())) {
            List<String> found = walk(to, uses, path, done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        done.add(from);
        return List.of();
    }
}
