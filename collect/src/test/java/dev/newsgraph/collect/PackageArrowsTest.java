package dev.newsgraph.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The collector's arrows, as the JDK's jdeps reads them from the class files: {@code collect}
 * uses {@code collect.http}, never the other way, and the HTTP layer knows nothing of news (no
 * reading, store or model), so it can be understood and tested alone.
 */
class PackageArrowsTest {
    private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s");

    @Test
    void theHttpLayerPointsAtNothingOfNewsgraph() throws Exception {
        Path classes = Path.of(Watcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none",
                classes.toString()), err.toString());
        Map<String, Set<String>> uses = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && m.group(1).startsWith("dev.newsgraph.collect") && !m.group(1).equals(m.group(2))) {
                uses.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        assertTrue(uses.getOrDefault("dev.newsgraph.collect", Set.of()).contains("dev.newsgraph.collect.http"),
                "jdeps output read: " + uses);
        Set<String> fromHttp = uses.getOrDefault("dev.newsgraph.collect.http", Set.of());
        assertTrue(fromHttp.stream().noneMatch(p -> p.startsWith("dev.newsgraph.")), "collect.http uses " + fromHttp);
    }
}
