package dev.newsgraph.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measure of the development tools' {@code extraction_score.py}, in Java: texts become multisets of
 * 4-word shingles; per page tp, fp and fn are scaled to sum to one; precision is the mean over
 * pages that predicted something, recall the mean over pages with a true body.
 */
final class ShingleScore {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int recallPages;

    /** Adds one page; returns its {tp, fp, fn} shares. */
    double[] add(String truth, String predicted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(predicted);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            int inTruth = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        int s = tp + fp + fn;
        double[] r = s == 0 ? new double[]{1, 0, 0} : new double[]{(double) tp / s, (double) fp / s, (double) fn / s};
        if (r[0] + r[1] > 0) {
            precisionSum += r[0] / (r[0] + r[1]);
            precisionPages++;
        }
        if (r[0] + r[2] > 0) {
            recallSum += r[0] / (r[0] + r[2]);
            recallPages++;
        }
        return r;
    }

    double precision() {
        return precisionPages == 0 ? 0 : precisionSum / precisionPages;
    }

    double recall() {
        return recallPages == 0 ? 0 : recallSum / recallPages;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static Map<String, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        if (words.isEmpty()) {
            return out;
        }
        if (words.size() < 4) {
            out.merge(String.join("\u0001", words), 1, Integer::sum);
            return out;
        }
        for (int i = 0; i + 4 <= words.size(); i++) {
            out.merge(String.join("\u0001", words.subList(i, i + 4)), 1, Integer::sum);
        }
        return out;
    }
}
