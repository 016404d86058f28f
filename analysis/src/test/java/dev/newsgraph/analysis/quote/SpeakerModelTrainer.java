package dev.newsgraph.analysis.quote;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.newsgraph.analysis.Analyzer;
import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;
import dev.newsgraph.model.Article;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Span;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fits the speaker ranker ({@link SpeakerModel}) on PolNeAR train: runs the real pipeline over
 * every article, takes each direct quote's candidates ({@link SpeakerCandidates}), labels a
 * candidate right when one of its entity's mentions overlaps the gold source span or its name or
 * an alias has the gold source's content words (the rule of the development tools' polnear_score.py), and
 * fits L2-regularised logistic regression with liblinear-java on pairs of a right and a wrong
 * candidate of one quote (a ranking objective). A training program, not a test:
 * docs/analysis.md gives the command.
 *
 * <pre>
 *   extract SPLIT_DIR OUT.tsv [SHARD N]   the candidates of every quote of a PolNeAR split, labelled
 *   fit TRAIN.tsv[,MORE.tsv] MODEL.txt [DEV.tsv...]   fit on TRAIN (C chosen on a fifth of TRAIN's articles held out),
 *                                  write the weights, and report quote accuracy on each DEV (checked, never fitted)
 *   train SPLIT_DIR MODEL.txt      extract then fit
 * </pre>
 */
public final class SpeakerModelTrainer {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "his", "her",
            "their", "him", "them");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "'s", "s");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    /**
     * Fit on pairs, the right minus a wrong candidate of one quote (a ranking objective), rather than on
     * single candidates (-Dspeakers.pairwise=false): PolNeAR dev 0.808 against 0.797.
     */
    private static final boolean PAIRWISE = Boolean.parseBoolean(System.getProperty("speakers.pairwise", "true"));

    private SpeakerModelTrainer() {
    }

    /** The training folder as the model file names it: its place in the development data, no machine's path. */
    private static String dataName(Path folder) {
        Path p = folder.toAbsolutePath().normalize();
        int n = p.getNameCount();
        return (n >= 3 ? p.subpath(n - 3, n) : p.getFileName()) + " of the development data";
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "extract" -> extract(Path.of(args[1]), Path.of(args[2]),
                    args.length > 4 ? Integer.parseInt(args[3]) : 0, args.length > 4 ? Integer.parseInt(args[4]) : 1);
            case "fit" -> fit(args[1], Path.of(args[2]), Stream.of(args).skip(3).toList(),
                    System.getProperty("speakers.source", "the candidates in " + args[1]));
            case "train" -> {
                Path tsv = Files.createTempFile("speaker-candidates", ".tsv");
                extract(Path.of(args[1]), tsv, 0, 1);
                fit(tsv.toString(), Path.of(args[2]), List.of(), dataName(Path.of(args[1])));
            }
            default -> throw new IllegalArgumentException("extract | fit | train");
        }
    }

    // ---------------------------------------------------------------- extraction

    /** Extracts the articles whose position in name order is {@code shard} modulo {@code shards}. */
    static void extract(Path split, Path out, int shard, int shards) throws IOException {
        Analyzer analyzer = Analyzer.create();
        List<Stage> before = new ArrayList<>();
        for (Stage s : analyzer.stages()) {
            if (s.name().equals("quotes")) {
                break;
            }
            before.add(s);
        }
        List<Path> golds;
        try (Stream<Path> files = Files.list(split)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        List<Path> mine = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            if (i % shards == shard) {
                mine.add(golds.get(i));
            }
        }
        if (Boolean.getBoolean("speakers.reverse")) {
            java.util.Collections.reverse(mine); // a second process working from the other end
        }
        golds = mine;
        ObjectMapper json = new ObjectMapper();
        long t0 = System.nanoTime();
        long quoteNanos = 0;
        int done = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path g : golds) {
                String name = g.getFileName().toString().replace(".gold.json", "");
                String text = Files.readString(split.resolve(name + ".txt"));
                JsonNode gold = json.readTree(g.toFile()).get("quotes");
                String published = name.split("_")[1];
                Document doc = new Document(new Article(name, null, null, null, published, "en", text, List.of()),
                        anchor(published));
                List<QuoteAttributor.Ranked> seen = new ArrayList<>();
                try {
                    for (Stage s : before) {
                        s.apply(doc);
                    }
                    long q0 = System.nanoTime();
                    new QuoteAttributor(SpeechVerbs.standard(), null, seen::add).apply(doc);
                    quoteNanos += System.nanoTime() - q0;
                } catch (RuntimeException e) {
                    System.err.println(name + ": " + e);
                    e.printStackTrace();
                }
                write(w, name, text, doc, gold, seen);
                w.flush();
                if (++done % 20 == 0) {
                    System.err.printf(Locale.ROOT, "%d/%d articles, %.0f s%n", done, golds.size(),
                            (System.nanoTime() - t0) / 1e9);
                }
            }
        }
        System.err.printf(Locale.ROOT, "quotes stage with candidates: %.2f ms an article%n",
                quoteNanos / 1e6 / Math.max(1, done));
    }

    private static LocalDate anchor(String published) {
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Lines: "#article NAME GOLD_QUOTES", then per candidate "NAME qi matched entity label rule features". */
    private static void write(BufferedWriter w, String name, String text, Document doc, JsonNode gold,
                              List<QuoteAttributor.Ranked> seen) throws IOException {
        w.write("#article\t" + name + "\t" + gold.size() + "\n");
        // match system quotes to gold quotes as the scorer does: Jaccard >= 0.5, one to one, best first
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < seen.size(); j++) {
                QuoteMarks.Quoted q = seen.get(j).quote();
                pairs.add(new double[] {jaccard(gold.get(i).get("text").asText(), text.substring(q.start(), q.end())), i, j});
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : a[1] != b[1] ? Double.compare(b[1], a[1])
                : Double.compare(b[2], a[2]));
        Map<Integer, Integer> match = new TreeMap<>();
        Set<Integer> used = new HashSet<>();
        for (double[] p : pairs) {
            if (p[0] < 0.5 || match.containsKey((int) p[2]) || used.contains((int) p[1])) {
                continue;
            }
            match.put((int) p[2], (int) p[1]);
            used.add((int) p[1]);
        }
        for (int j = 0; j < seen.size(); j++) {
            Integer gi = match.get(j);
            QuoteAttributor.Ranked r = seen.get(j);
            JsonNode src = gi == null ? null : gold.get(gi).get("source");
            if (r.candidates().isEmpty()) {
                w.write(name + "\t" + j + "\t" + (gi == null ? 0 : 1) + "\t-\t0\t0\t\n");
            }
            for (SpeakerCandidates.Candidate c : r.candidates()) {
                Entity e = doc.entity(c.entity());
                int label = src != null && right(e, src) ? 1 : 0;
                StringBuilder f = new StringBuilder();
                for (Map.Entry<String, Double> x : c.features().entrySet()) {
                    f.append(f.length() == 0 ? "" : " ").append(x.getKey()).append('=')
                            .append(String.format(Locale.ROOT, "%.4f", x.getValue()));
                }
                w.write(name + "\t" + j + "\t" + (gi == null ? 0 : 1) + "\t" + c.entity() + "\t" + label + "\t"
                        + (c.entity().equals(r.ruleSpeaker()) ? 1 : 0) + "\t" + f + "\n");
            }
        }
    }

    /** The scorer's rule: a mention overlaps the source, or the name or an alias has the source's content words. */
    static boolean right(Entity e, JsonNode src) {
        int s = src.get("start").asInt();
        int end = src.get("end").asInt();
        for (Span m : e.mentions()) {
            if (m.start() <= end && Math.max(m.end() - 1, 0) >= s) {
                return true;
            }
        }
        Set<String> sw = words(src.get("text").asText());
        if (sw.isEmpty() || PRONOUNS.containsAll(sw)) {
            return false;
        }
        List<String> names = new ArrayList<>();
        names.add(e.name());
        names.addAll(e.aliases());
        for (String n : names) {
            Set<String> nw = words(n);
            if (!nw.isEmpty() && (nw.equals(sw) || sw.size() <= 4 && nw.containsAll(sw))) {
                return true;
            }
        }
        return false;
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(s == null ? "" : s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        out.removeAll(STOP);
        return out;
    }

    static double jaccard(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        Set<String> u = new HashSet<>(x);
        u.addAll(y);
        if (u.isEmpty()) {
            return 0;
        }
        x.retainAll(y);
        return (double) x.size() / u.size();
    }

    // ---------------------------------------------------------------- fitting

    /** One quote's candidates as read back from a candidates file. */
    record Q(String article, boolean matched, List<String> entities, List<Integer> labels, List<Integer> rules,
             List<Map<String, Double>> features) {
    }

    record Split(List<Q> quotes, int goldQuotes, int articles) {
    }

    /** Reads candidates files (comma-separated paths); an article in more than one counts once. */
    static Split read(String tsvs) throws IOException {
        Map<String, Q> quotes = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int gold = 0;
        int articles = 0;
        List<String> lines = new ArrayList<>();
        for (String tsv : tsvs.split(",")) {
            List<String> mine = Files.readAllLines(Path.of(tsv), StandardCharsets.UTF_8);
            Set<String> here = new HashSet<>();
            for (String line : mine) {
                String[] p = line.split("\t", -1);
                String article = p[0].equals("#article") ? p[1] : p[0];
                if (!seen.contains(article)) {
                    lines.add(line);
                    here.add(article);
                }
            }
            seen.addAll(here);
        }
        for (String line : lines) {
            String[] p = line.split("\t", -1);
            if (p.length < (p[0].equals("#article") ? 3 : 7)) {
                continue; // a line cut short: a file still being written
            }
            if (p[0].equals("#article")) {
                gold += Integer.parseInt(p[2]);
                articles++;
                continue;
            }
            Q q = quotes.computeIfAbsent(p[0] + "\t" + p[1], k -> new Q(p[0], p[2].equals("1"), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            if (p[3].equals("-")) {
                continue;
            }
            Map<String, Double> f = new TreeMap<>();
            for (String x : p[6].split(" ")) {
                if (!x.isEmpty()) {
                    int eq = x.lastIndexOf('=');
                    f.put(x.substring(0, eq), Double.parseDouble(x.substring(eq + 1)));
                }
            }
            q.entities().add(p[3]);
            q.labels().add(Integer.parseInt(p[4]));
            q.rules().add(Integer.parseInt(p[5]));
            q.features().add(f);
        }
        return new Split(new ArrayList<>(quotes.values()), gold, articles);
    }

    /** @param source what the candidates were extracted from, for the model's header */
    static void fit(String trainTsv, Path modelOut, List<String> checks, String source) throws IOException {
        Split train = read(trainTsv);
        Linear.disableDebugOutput();
        // C from a fifth of the training articles held out (by name), then a refit on all of train
        List<Q> fitPart = new ArrayList<>();
        List<Q> heldOut = new ArrayList<>();
        for (Q q : train.quotes()) {
            (Math.floorMod(q.article().hashCode(), 5) == 0 ? heldOut : fitPart).add(q);
        }
        double bestC = 0.3;
        double bestRight = -1;
        boolean choose = fitPart.stream().anyMatch(q -> q.labels().contains(1))
                && heldOut.stream().anyMatch(q -> q.labels().contains(1)); // not on a handful of articles
        for (double c : choose ? new double[] {0.01, 0.03, 0.1, 0.3, 1, 3, 10} : new double[0]) {
            Map<String, Double> w = fitWeights(fitPart, c);
            int right = right(heldOut, w);
            System.err.printf(Locale.ROOT, "C=%s: held-out quotes right %d of %d matched%n", c, right,
                    heldOut.stream().filter(Q::matched).count());
            if (right > bestRight) {
                bestRight = right;
                bestC = c;
            }
        }
        Map<String, Double> w = fitWeights(train.quotes(), bestC);
        report("train", train, w);
        for (String p : checks) {
            report(p, read(p), w);
        }
        StringBuilder b = new StringBuilder();
        long positives = train.quotes().stream().filter(q -> q.labels().contains(1)).count();
        b.append("# newsgraph quote speaker ranker: one weight per feature of SpeakerCandidates; the candidate\n")
                .append("# with the highest bias + sum(weight * value) speaks.\n")
                .append("# trained on: PolNeAR train (").append(source).append("), ").append(train.articles())
                .append(" articles, ").append(positives).append(" quotes with a right candidate, ")
                .append(train.quotes().stream().mapToInt(q -> q.entities().size()).sum()).append(" candidates\n")
                .append("# trained: ").append(LocalDate.now()).append(" by dev.newsgraph.analysis.quote.SpeakerModelTrainer\n")
                .append("# library: liblinear-java ").append(Linear.getVersion() / 100).append(".").append(Linear.getVersion() % 100).append(" (de.bwaldvogel:liblinear), ")
                .append("L2-regularised logistic regression (L2R_LR)")
                .append(PAIRWISE ? " on pairs (right minus wrong candidate of one quote, both ways round)" : "")
                .append(", C=").append(bestC)
                .append(" (chosen on a fifth of train's articles held out), eps=0.001, bias=1\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(w).entrySet()) {
            if (Math.abs(e.getValue()) >= 1e-6) {
                b.append(e.getKey()).append('\t').append(String.format(Locale.ROOT, "%.6f", e.getValue())).append('\n');
            }
        }
        Files.writeString(modelOut, b.toString(), StandardCharsets.UTF_8);
        System.err.println("wrote " + modelOut + " (C=" + bestC + ")");
    }

    /** Fits logistic regression on the candidates of the quotes that have a right one; the weights by feature name. */
    static Map<String, Double> fitWeights(List<Q> quotes, double c) {
        Map<String, Integer> index = new TreeMap<>();
        for (Q q : quotes) {
            for (Map<String, Double> f : q.features()) {
                for (String k : f.keySet()) {
                    index.putIfAbsent(k, 0);
                }
            }
        }
        int k = 1;
        for (String name : index.keySet()) {
            index.put(name, k++);
        }
        List<Feature[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (Q q : quotes) {
            if (!q.labels().contains(1)) {
                continue; // nothing to rank right
            }
            if (PAIRWISE) {
                // ranking: the difference of a right and a wrong candidate's features, both ways round
                for (int i = 0; i < q.entities().size(); i++) {
                    for (int j = 0; j < q.entities().size(); j++) {
                        if (q.labels().get(i) == 1 && q.labels().get(j) == 0) {
                            Map<String, Double> d = new TreeMap<>(q.features().get(i));
                            q.features().get(j).forEach((name, v) -> d.merge(name, -v, Double::sum));
                            xs.add(nodes(d, index, 1));
                            ys.add(1.0);
                            xs.add(nodes(d, index, -1));
                            ys.add(0.0);
                        }
                    }
                }
                continue;
            }
            for (int i = 0; i < q.entities().size(); i++) {
                xs.add(nodes(q.features().get(i), index, 1));
                ys.add((double) q.labels().get(i));
            }
        }
        Problem prob = new Problem();
        prob.l = xs.size();
        prob.n = index.size() + 1;
        prob.x = xs.toArray(new Feature[0][]);
        prob.y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        prob.bias = 1;
        Model m = Linear.train(prob, new Parameter(SolverType.L2R_LR, c, 0.001));
        double[] raw = m.getFeatureWeights();
        double sign = m.getLabels()[0] == 1 ? 1 : -1; // liblinear's weights favour its first label
        Map<String, Double> w = new TreeMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            w.put(e.getKey(), sign * raw[e.getValue() - 1]);
        }
        w.put("bias", sign * raw[index.size()]);
        return w;
    }

    private static Feature[] nodes(Map<String, Double> f, Map<String, Integer> index, double sign) {
        List<Feature> x = new ArrayList<>();
        for (Map.Entry<String, Double> e : new TreeMap<>(f).entrySet()) {
            if (e.getValue() != 0) {
                x.add(new FeatureNode(index.get(e.getKey()), sign * e.getValue()));
            }
        }
        return x.toArray(new Feature[0]);
    }

    private static int right(List<Q> quotes, Map<String, Double> w) {
        SpeakerModel model = new SpeakerModel(w, "fit");
        int right = 0;
        for (Q q : quotes) {
            if (q.matched() && !q.entities().isEmpty()) {
                right += q.labels().get(pick(model, q));
            }
        }
        return right;
    }

    private static int pick(SpeakerModel model, Q q) {
        int best = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < q.entities().size(); i++) {
            double s = model.score(q.features().get(i));
            if (s > top) {
                top = s;
                best = i;
            }
        }
        return best;
    }

    /** Speaker right over all gold quotes, as the scorer counts: the rules, the ranker, and the best any candidate could do. */
    private static void report(String what, Split split, Map<String, Double> w) {
        SpeakerModel model = new SpeakerModel(w, "fit");
        int rules = 0;
        int ranked = 0;
        int certain = 0;
        int oracle = 0;
        int found = 0;
        for (Q q : split.quotes()) {
            if (!q.matched()) {
                continue;
            }
            found++;
            if (q.entities().isEmpty()) {
                continue;
            }
            int r = q.rules().indexOf(1);
            rules += r >= 0 ? q.labels().get(r) : 0;
            int p = pick(model, q);
            ranked += q.labels().get(p);
            boolean keep = r >= 0 && q.features().get(r).containsKey("same")
                    && q.features().get(r).containsKey("subj.speech.same");
            certain += keep ? q.labels().get(r) : q.labels().get(p);
            oracle += q.labels().contains(1) ? 1 : 0;
        }
        double n = split.goldQuotes();
        System.err.printf(Locale.ROOT, "%s: %d gold quotes, found %.4f | speaker right: rules %.4f, ranker %.4f, "
                        + "ranker keeping certain rules %.4f, best candidate %.4f%n", what, split.goldQuotes(), found / n,
                rules / n, ranked / n, certain / n, oracle / n);
    }
}
