package dev.newsgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of the compiled analysis module, as the JDK's jdeps reads them from the class
 * files: they point one way (no package reaches itself again through others), and only the
 * linguistics seam refers to CoreNLP.
 */
class PackageDependencyTest {
    private static final String OWN = "dev.newsgraph.analysis";
    private static final Pattern ARROW = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+.*$");

    /** Each package of the module to the packages (of any library) its classes refer to. */
    private static final Map<String, Set<String>> USES = new TreeMap<>();

    @BeforeAll
    static void readTheClasses() throws Exception {
        Path classes = Path.of(Analyzer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none",
                classes.toString());
        assertEquals(0, rc, "jdeps failed: " + err);
        for (String line : out.toString().split("\\R")) {
            Matcher m = ARROW.matcher(line);
            if (m.matches() && m.group(1).startsWith(OWN) && !m.group(1).equals(m.group(2))) {
                USES.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        assertTrue(USES.getOrDefault(OWN, Set.of()).contains(OWN + ".document"),
                "jdeps output not understood, or the classes are not there: " + USES);
    }

    @Test
    void noPackageCycles() {
        List<String> cycle = findCycle();
        assertTrue(cycle.isEmpty(), "package cycle: " + String.join(" -> ", cycle));
    }

    @Test
    void onlyTheLinguisticsPackageRefersToCoreNlp() {
        List<String> leaks = new ArrayList<>();
        USES.forEach((from, to) -> {
            if (!from.equals(OWN + ".linguistics")) {
                to.stream().filter(p -> p.startsWith("edu.stanford.")).forEach(p -> leaks.add(from + " -> " + p));
            }
        });
        assertTrue(leaks.isEmpty(), "CoreNLP outside analysis.linguistics: " + leaks);
    }

    /** A path of the module's own packages that comes back to where it started, or an empty list. */
    private static List<String> findCycle() {
        Map<String, Integer> state = new TreeMap<>(); // absent: not seen; 1: on the current path; 2: done
        for (String p : USES.keySet()) {
            List<String> path = new ArrayList<>();
            if (!state.containsKey(p) && visit(p, state, path)) {
                return path;
            }
        }
        return List.of();
    }

    private static boolean visit(String p, Map<String, Integer> state, List<String> path) {
        state.put(p, 1);
        path.add(p);
        for (String q : USES.getOrDefault(p, Set.of())) {
            if (!q.startsWith(OWN)) {
                continue;
            }
            Integer s = state.get(q);
            if (s != null && s == 1) {
                path.subList(0, path.indexOf(q)).clear();
                path.add(q);
                return true;
            }
            if (s == null && visit(q, state, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        state.put(p, 2);
        return false;
    }
}
