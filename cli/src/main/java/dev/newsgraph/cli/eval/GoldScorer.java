package dev.newsgraph.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a story record against a gold file by the rules of {@code docs/gold-format.md}, step
 * for step as the development tools' reference scorer ({@code score.py}) applies them: where the
 * two differ, this class is wrong, and {@code GoldScorerAgreesWithScorePyTest} checks it. Works on JSON trees, so a record from any source can be scored.
 * Stateless and thread-safe.
 */
public final class GoldScorer {
    private static final Set<String> STATE_TYPES = Set.of("ORGANIZATION", "LOCATION", "GROUP");
    private static final double MIN_QUOTE_OVERLAP = 0.5;
    private static final int TIME_TOLERANCE = 3;

    /** The scores of {@code record} against {@code gold}. */
    public ArticleScore score(JsonNode gold, JsonNode record) {
        GoldEntities entities = new GoldEntities(gold);
        Map<String, JsonNode> ents = new HashMap<>();
        for (JsonNode e : Json.list(record, "entities")) {
            ents.put(Json.text(e, "id"), e);
        }
        Map<String, int[]> out = new LinkedHashMap<>();

        // text cleaning
        String text = NameFolding.fold(Json.textOrEmpty(record.get("article"), "text"));
        List<String> notInText = Json.texts(gold, "not_in_text");
        int bad = 0;
        for (String s : notInText) {
            String f = NameFolding.fold(s);
            if (!f.isEmpty() && text.contains(f)) {
                bad++;
            }
        }
        out.put("cleanup", new int[] {notInText.size() - bad, notInText.size()});

        // entities: PERSON precision/recall, and recall of required non-person entities
        int tpP = 0;
        int sysPersons = 0;
        Set<String> matched = new HashSet<>();
        for (JsonNode e : Json.list(record, "entities")) {
            if (!"PERSON".equals(Json.text(e, "type"))) {
                continue;
            }
            sysPersons++;
            JsonNode g = entities.resolve(e);
            if (g != null && "PERSON".equals(Json.text(g, "type"))) {
                tpP++;
                matched.add(Json.text(g, "name"));
            }
        }
        int tpR = 0;
        int goldPersons = 0;
        int othersFound = 0;
        int others = 0;
        Set<String> found = new HashSet<>();
        for (JsonNode e : Json.list(record, "entities")) {
            JsonNode g = entities.resolve(e);
            if (g != null) {
                found.add(Json.text(g, "name"));
            }
        }
        for (JsonNode g : entities.all()) {
            if (Json.truthy(g, "optional")) {
                continue;
            }
            if ("PERSON".equals(Json.text(g, "type"))) {
                goldPersons++;
                tpR += matched.contains(Json.text(g, "name")) ? 1 : 0;
            } else {
                others++;
                othersFound += found.contains(Json.text(g, "name")) ? 1 : 0;
            }
        }
        out.put("persons_counts", new int[] {tpP, sysPersons, tpR, goldPersons});
        out.put("persons_country", personsCountry(record, entities));
        out.put("other_entities_recall", new int[] {othersFound, others});

        List<ArticleScore.QuoteError> wrong = scoreQuotes(gold, record, entities, ents, out);
        List<String> missed = scoreEvents(gold, record, entities, ents, out);
        scoreTimes(gold, record, out);
        scoreMoney(gold, record, out);
        return new ArticleScore(out, wrong, missed);
    }

    /**
     * Actor country: of the required gold persons that name a country, those whose record entity
     * (one that stands for them) carries that same country.
     */
    private static int[] personsCountry(JsonNode record, GoldEntities entities) {
        Set<String> right = new HashSet<>();
        for (JsonNode e : Json.list(record, "entities")) {
            if (!"PERSON".equals(Json.text(e, "type"))) {
                continue;
            }
            JsonNode g = entities.resolve(e);
            String country = g == null ? null : Json.text(g, "country");
            if (country != null && !country.isEmpty() && country.equals(Json.text(e, "country"))) {
                right.add(Json.text(g, "name"));
            }
        }
        int withCountry = 0;
        int found = 0;
        for (JsonNode g : entities.all()) {
            String country = Json.text(g, "country");
            if ("PERSON".equals(Json.text(g, "type")) && !Json.truthy(g, "optional")
                    && country != null && !country.isEmpty()) {
                withCountry++;
                found += right.contains(Json.text(g, "name")) ? 1 : 0;
            }
        }
        return new int[] {found, withCountry};
    }

    /** Quotes: one-to-one by word overlap, best first, then the speaker. */
    private static List<ArticleScore.QuoteError> scoreQuotes(JsonNode gold, JsonNode record, GoldEntities entities,
                                                             Map<String, JsonNode> ents, Map<String, int[]> out) {
        List<JsonNode> gq = Json.list(gold, "quotes");
        List<JsonNode> sq = Json.list(record, "quotes");
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < gq.size(); i++) {
            for (int j = 0; j < sq.size(); j++) {
                pairs.add(new double[] {jaccard(Json.text(gq.get(i), "text"), Json.text(sq.get(j), "text")), i, j});
            }
        }
        // Python sorts the (jaccard, i, j) tuples in reverse: highest overlap, then highest indices
        pairs.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1])
                .thenComparingDouble(p -> p[2]).reversed());
        Set<Integer> giUsed = new HashSet<>();
        Set<Integer> sjUsed = new HashSet<>();
        int right = 0;
        List<ArticleScore.QuoteError> wrong = new ArrayList<>();
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (p[0] < MIN_QUOTE_OVERLAP || giUsed.contains(i) || sjUsed.contains(j)) {
                continue;
            }
            giUsed.add(i);
            sjUsed.add(j);
            JsonNode speaker = ents.get(Json.text(sq.get(j), "speaker"));
            JsonNode g = entities.resolve(speaker);
            String goldSpeaker = Json.text(gq.get(i), "speaker");
            if (g != null && java.util.Objects.equals(Json.text(g, "name"), goldSpeaker)) {
                right++;
            } else {
                wrong.add(new ArticleScore.QuoteError(prefix(Json.textOrEmpty(gq.get(i), "text"), 40), goldSpeaker,
                        speaker == null ? null : Json.text(speaker, "name")));
            }
        }
        out.put("quotes_found", new int[] {giUsed.size(), gq.size()});
        out.put("quotes_precision", new int[] {sjUsed.size(), sq.size()});
        out.put("quote_attribution", new int[] {right, gq.size()});
        return wrong;
    }

    /** Events: fitting by type and roles, pairing required gold events first, then dates and casualties. */
    private static List<String> scoreEvents(JsonNode gold, JsonNode record, GoldEntities entities,
                                            Map<String, JsonNode> ents, Map<String, int[]> out) {
        List<JsonNode> gev = Json.list(gold, "events");
        List<JsonNode> syse = Json.list(record, "events");
        List<double[]> cand = new ArrayList<>();
        for (int i = 0; i < gev.size(); i++) {
            for (int j = 0; j < syse.size(); j++) {
                JsonNode ge = gev.get(i);
                JsonNode se = syse.get(j);
                if (fits(entities, ents, ge, se)) {
                    String ev = Json.textOrEmpty(se.get("evidence"), "text");
                    cand.add(new double[] {Json.truthy(ge, "optional") ? 1 : 0,
                            -jaccard(Json.textOrEmpty(ge, "evidence"), ev), i, j});
                }
            }
        }
        cand.sort(Comparator.<double[]>comparingDouble(c -> c[0]).thenComparingDouble(c -> c[1])
                .thenComparingDouble(c -> c[2]).thenComparingDouble(c -> c[3]));
        Set<Integer> giUsed = new HashSet<>();
        Set<Integer> sjUsed = new HashSet<>();
        List<int[]> paired = new ArrayList<>();
        for (double[] c : cand) {
            int i = (int) c[2];
            int j = (int) c[3];
            if (giUsed.contains(i) || sjUsed.contains(j)) {
                continue;
            }
            giUsed.add(i);
            sjUsed.add(j);
            paired.add(new int[] {i, j});
        }
        int required = 0;
        int requiredFound = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < gev.size(); i++) {
            if (!Json.truthy(gev.get(i), "optional")) {
                required++;
                if (giUsed.contains(i)) {
                    requiredFound++;
                } else {
                    missed.add(Json.text(gev.get(i), "type") + ": " + prefix(Json.textOrEmpty(gev.get(i), "evidence"), 60));
                }
            }
        }
        out.put("events_counts", new int[] {sjUsed.size(), syse.size(), requiredFound, required});
        int dated = 0;
        int datesRight = 0;
        int killed = 0;
        int killedRight = 0;
        for (int[] p : paired) {
            JsonNode ge = gev.get(p[0]);
            JsonNode se = syse.get(p[1]);
            if (Json.truthy(ge, "date")) {
                dated++;
                JsonNode gd = ge.get("date");
                String value = Json.textOrEmpty(se.get("date"), "value");
                datesRight += gd.isTextual() && gd.asText().equals(value) ? 1 : 0;
            }
            if (Json.has(ge, "killed")) {
                killed++;
                for (JsonNode q : Json.list(se, "quantities")) {
                    if ("killed".equals(Json.text(q, "kind")) && Json.same(q.get("value"), ge.get("killed"))) {
                        killedRight++;
                        break;
                    }
                }
            }
        }
        out.put("event_dates", new int[] {datesRight, dated});
        out.put("event_casualties", new int[] {killedRight, killed});
        return missed;
    }

    private static boolean fits(GoldEntities gold, Map<String, JsonNode> ents, JsonNode ge, JsonNode se) {
        Set<String> types = new HashSet<>(Json.texts(ge, "alt_types"));
        types.add(Json.text(ge, "type"));
        if (!types.contains(Json.text(se, "type"))) {
            return false;
        }
        List<JsonNode> src = resolveAll(ents, Json.texts(se, "source"));
        List<JsonNode> tgt = resolveAll(ents, Json.texts(se, "target"));
        List<String> gs = Json.texts(ge, "source");
        List<String> gt = Json.texts(ge, "target");
        boolean so = Json.truthy(ge, "source_optional");
        boolean to = Json.truthy(ge, "target_optional");
        if (roleFits(gold, src, gs, so) && roleFits(gold, tgt, gt, to)) {
            return true;
        }
        return Json.truthy(ge, "symmetric") && roleFits(gold, tgt, gs, so) && roleFits(gold, src, gt, to);
    }

    private static List<JsonNode> resolveAll(Map<String, JsonNode> ents, List<String> ids) {
        List<JsonNode> out = new ArrayList<>();
        for (String id : ids) {
            if (ents.containsKey(id)) {
                out.add(ents.get(id));
            }
        }
        return out;
    }

    /** Does a record role (its entities) fill a gold role (the gold names it accepts)? */
    static boolean roleFits(GoldEntities gold, List<JsonNode> sysEnts, List<String> names, boolean optional) {
        if (sysEnts.isEmpty()) {
            return optional || names.isEmpty();
        }
        if (names.isEmpty()) {
            return true;
        }
        Set<String> wantedCountries = new HashSet<>();
        for (String n : names) {
            JsonNode w = gold.byName(n);
            if (w != null && STATE_TYPES.contains(Json.text(w, "type")) && Json.truthy(w, "country")) {
                wantedCountries.add(Json.text(w, "country"));
            }
        }
        for (JsonNode e : sysEnts) {
            JsonNode g = gold.resolve(e);
            if (g != null && names.contains(Json.text(g, "name"))) {
                return true;
            }
            if (g != null && "PERSON".equals(Json.text(g, "type"))) {
                continue;
            }
            String country = g != null && Json.truthy(g, "country") ? Json.text(g, "country")
                    : Json.truthy(e, "country") ? Json.text(e, "country") : null;
            if (country != null && wantedCountries.contains(country) && !"PERSON".equals(Json.text(e, "type"))) {
                return true;
            }
        }
        return false;
    }

    /** Times: each gold expression pairs with a record time whose text holds it, same text first. */
    private static void scoreTimes(JsonNode gold, JsonNode record, Map<String, int[]> out) {
        List<JsonNode> gt = Json.list(gold, "times");
        List<JsonNode> st = Json.list(record, "times");
        List<String> folded = new ArrayList<>();
        for (JsonNode s : st) {
            folded.add(NameFolding.fold(Json.textOrEmpty(s, "text")));
        }
        Set<Integer> used = new HashSet<>();
        int right = 0;
        for (JsonNode t : gt) {
            String want = NameFolding.fold(Json.text(t, "text"));
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < st.size(); k++) {
                order.add(k);
            }
            order.sort(Comparator.comparing(k -> !folded.get(k).equals(want))); // stable, like Python's sort
            for (int k : order) {
                if (!used.contains(k) && folded.get(k).contains(want)) {
                    used.add(k);
                    String v = Json.textOrEmpty(st.get(k), "value");
                    String gv = Json.textOrEmpty(t, "value");
                    right += v.startsWith(gv) && v.length() - gv.length() <= TIME_TOLERANCE ? 1 : 0;
                    break;
                }
            }
        }
        out.put("times", new int[] {right, gt.size()});
    }

    /** Money: a gold amount is found when a record quantity holding its text has its value and unit. */
    private static void scoreMoney(JsonNode gold, JsonNode record, Map<String, int[]> out) {
        List<JsonNode> gq = Json.list(gold, "quantities");
        List<JsonNode> sq = Json.list(record, "quantities");
        int right = 0;
        for (JsonNode q : gq) {
            String want = NameFolding.fold(Json.text(q, "text"));
            for (JsonNode s : sq) {
                if (NameFolding.fold(Json.text(s, "text")).contains(want) && Json.same(s.get("value"), q.get("value"))
                        && Json.textOrEmpty(s, "unit").equals(Json.text(q, "unit"))) {
                    right++;
                    break;
                }
            }
        }
        out.put("money", new int[] {right, gq.size()});
    }

    /** Jaccard overlap of the two texts' word sets (0 when both are empty). */
    static double jaccard(String a, String b) {
        Set<String> sa = new HashSet<>(NameFolding.tokens(a));
        Set<String> sb = new HashSet<>(NameFolding.tokens(b));
        Set<String> union = new HashSet<>(sa);
        union.addAll(sb);
        if (union.isEmpty()) {
            return 0.0;
        }
        sa.retainAll(sb);
        return sa.size() / (double) union.size();
    }

    private static String prefix(String s, int codePoints) {
        return s.codePointCount(0, s.length()) <= codePoints ? s : s.substring(0, s.offsetByCodePoints(0, codePoints));
    }
}
