package dev.newsgraph.reading;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading takes time linear in the input on the shapes that make regular expressions and
 * per-line passes go quadratic: a 5 MB input of each shape must take no more than about ten
 * times (with slack for a loaded machine: {@value #MAX_RATIO}, best of up to three rounds) as long
 * as a 0.5 MB one. A ratio,
 * not a clock time, so a slow machine does not fail it and a fast one does not hide a square.
 * A quadratic reader gives a ratio near 100.
 */
class LinearTimeTest {
    private static final InputReader READER = new InputReader();
    private static final int SMALL = 512 * 1024;
    private static final int LARGE = 10 * SMALL;
    private static final double MAX_RATIO = 25;

    /** Shapes: the file name says the reader, the function makes about {@code n} bytes of that shape. */
    static Stream<Arguments> shapes() {
        return Stream.of(
                shape("repeated full stops", "dots.txt", n -> "Talks resume\n\nThe council met" + ".".repeat(n) + "x"),
                shape("repeated mixed punctuation", "marks.txt", n -> "Talks resume\n\nThe council met"
                        + "?!.\u2026".repeat(n / 4) + "x"),
                shape("a long run of spaces", "spaces.txt", n -> "Talks resume\n\nThe council met" + " ".repeat(n)
                        + "x again."),
                shape("a long run of quotes and brackets", "quotes.txt", n -> "Talks resume\n\nThe council said"
                        + "\"')]".repeat(n / 4) + "x"),
                shape("thousands of short label lines", "labels.txt", LinearTimeTest::labelLines),
                shape("thousands of short sentences", "lines.txt", n -> "Talks resume\n\n"
                        + "The council met again on Monday.\n".repeat(n / 33)),
                shape("one long unbroken token", "token.txt", n -> "Talks resume\n\n" + "a".repeat(n)),
                shape("many angle brackets in text", "angles.txt", n -> "Talks resume\n\n" + "<".repeat(n)),
                shape("words joined by apostrophes", "apostrophes.txt", n -> "Talks resume\n\n" + "a'".repeat(n / 2)),
                shape("a long parenthesis", "parens.txt", n -> "(corrects story " + "(".repeat(n) + " x"),
                shape("JSON lines of repeated punctuation", "dots.jsonl", n -> "{\"title\":\"T\",\"text\":\"The council met"
                        + ".".repeat(n) + "x\"}\n"),
                shape("many small JSON lines", "many.jsonl", n -> "{\"title\":\"Talks\",\"text\":\"The council met.\"}\n"
                        .repeat(n / 45)),
                shape("deeply nested divs in a page", "nested.html", n -> "<html><body>" + "<div>".repeat(n / 11)
                        + "text" + "</div>".repeat(n / 11) + "</body></html>"),
                shape("many short paragraphs in a page", "paras.html", n -> "<html><body><article>"
                        + "<p>The council met again.</p>".repeat(n / 30) + "</article></body></html>"),
                shape("many line breaks in a page", "breaks.html", n -> "<html><body><p>"
                        + "Council<br>".repeat(n / 11) + "</p></body></html>"),
                shape("many angle brackets in a page", "angles.html", n -> "<html><body><p>" + "<".repeat(n)
                        + "</p></body></html>"),
                shape("a huge class attribute", "attribute.html", n -> "<html><body><div class=\""
                        + "relatedPostsTeaserBox ".repeat(n / 22) + "\"><p>The council met on Monday.</p></div></body></html>"),
                shape("a huge unquoted attribute", "unquoted.html", n -> "<html><body><div id=" + "a".repeat(n)
                        + "><p>The council met on Monday.</p></div></body></html>"),
                shape("many links in a page", "links.html", n -> "<html><body><div>"
                        + "<a href=\"/x\">Council</a> ".repeat(n / 27) + "</div></body></html>"),
                shape("deeply nested markup in a feed item", "nested.rss", n -> "<rss><channel><item><title>T</title>"
                        + "<description><![CDATA[" + "<div>".repeat(n / 11) + "text" + "</div>".repeat(n / 11)
                        + "]]></description></item></channel></rss>"),
                shape("many feed items", "items.rss", n -> "<rss><channel>"
                        + "<item><title>Council</title><description>The council met.</description></item>".repeat(n / 79)
                        + "</channel></rss>"),
                shape("many open CDATA sections in a feed", "cdata.rss", n -> "<rss><channel><item><title>T</title>"
                        + "<![CDATA[<item>".repeat(n / 15) + "</channel></rss>"));
    }

    private static Arguments shape(String what, String name, IntFunction<String> make) {
        return Arguments.of(what, name, make);
    }

    /** Distinct capitalised labels, no verbs, no full stops: each is judged against the rest of the story. */
    private static String labelLines(int n) {
        StringBuilder b = new StringBuilder(n + 200);
        b.append("Council approves harbour barrier\n\n");
        b.append("The harbour council voted on Monday to build a flood barrier across the estuary mouth, ending years "
                + "of debate over storm surges, shipping lanes, fishing rights and the cost to residents.\n");
        java.util.Random r = new java.util.Random(7);
        while (b.length() < n) {
            for (int w = 0; w < 3; w++) {
                b.append((char) ('A' + r.nextInt(26)));
                for (int c = 0; c < 6; c++) {
                    b.append((char) ('a' + r.nextInt(26)));
                }
                b.append(' ');
            }
            b.append('\n');
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void fiveMegabytesTakeAboutTenTimesHalfAMegabyte(String what, String name, IntFunction<String> make) throws Exception {
        byte[] small = make.apply(SMALL).getBytes(StandardCharsets.UTF_8);
        byte[] large = make.apply(LARGE).getBytes(StandardCharsets.UTF_8);
        double ratio = Double.MAX_VALUE;
        // best of up to three rounds: a slow round on a loaded machine is not a square (which gives
        // about 100 every round); a linear reader passes in the first round almost always
        for (int round = 0; round < 3 && ratio > MAX_RATIO; round++) {
            long s = Math.min(time(name, small), time(name, small));
            long l = time(name, large);
            ratio = Math.min(ratio, l / (double) Math.max(s, 1_000_000));
        }
        System.out.printf("%-45s ratio %.1f%n", what, ratio);
        assertTrue(ratio <= MAX_RATIO, what + ": 5 MB took " + String.format("%.1f", ratio) + " times as long as 0.5 MB");
    }

    /** Nanoseconds to read every item of the input (a refused input counts as read). */
    private static long time(String name, byte[] bytes) {
        long t0 = System.nanoTime();
        try (Stream<ReadResult> items = READER.read(name, new ByteArrayInputStream(bytes), null)) {
            items.forEach(r -> { });
        } catch (BadInputException e) {
            // refused whole: the time to refuse is what is measured
        }
        return System.nanoTime() - t0;
    }
}
