package dev.newsgraph.analysis.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A linear speaker ranker: one weight per feature of {@link SpeakerCandidates}, read from a plain
 * text file ({@code speaker-model.txt} beside this class: '#' header lines saying how it was
 * trained, then "feature TAB weight" lines). The candidate with the highest score speaks. The
 * weights are fitted by {@code SpeakerModelTrainer} (analysis test sources; docs/analysis.md).
 */
public final class SpeakerModel {
    /** The model file that ships in the resources. */
    public static final String RESOURCE = "speaker-model.txt";
    private static volatile SpeakerModel standard;

    private final Map<String, Double> weights;
    private final double bias;
    private final String name;

    SpeakerModel(Map<String, Double> weights, String name) {
        this.weights = Map.copyOf(weights);
        this.bias = weights.getOrDefault("bias", 0.0);
        this.name = name;
    }

    /** The model that ships with newsgraph. */
    public static SpeakerModel standard() {
        SpeakerModel m = standard;
        if (m == null) {
            synchronized (SpeakerModel.class) {
                if (standard == null) {
                    try (InputStream in = SpeakerModel.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("no " + RESOURCE + " on the class path");
                        }
                        standard = parse(in.readAllBytes(), RESOURCE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                m = standard;
            }
        }
        return m;
    }

    /** Reads a model file's bytes; its name in provenance is {@code fileName} with a short hash of the bytes. */
    static SpeakerModel parse(byte[] bytes, String fileName) {
        Map<String, Double> w = new HashMap<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\t");
            if (parts.length != 2) {
                throw new IllegalArgumentException("bad line in " + fileName + ": " + l);
            }
            w.put(parts[0], Double.parseDouble(parts[1]));
        }
        return new SpeakerModel(w, fileName + " sha256:" + shortHash(bytes));
    }

    private static String shortHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file name and a short hash of its contents: what provenance records. */
    public String name() {
        return name;
    }

    public int size() {
        return weights.size();
    }

    /** The candidate's score: the bias plus the weighted sum of its features (unknown features weigh nothing). */
    double score(Map<String, Double> features) {
        double s = bias;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            Double w = weights.get(f.getKey());
            if (w != null) {
                s += w * f.getValue();
            }
        }
        return s;
    }

    /** The best-scoring candidate, or null where there is none. */
    SpeakerCandidates.Candidate best(List<SpeakerCandidates.Candidate> candidates) {
        SpeakerCandidates.Candidate best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (SpeakerCandidates.Candidate c : candidates) {
            double s = score(c.features());
            if (s > top) {
                top = s;
                best = c;
            }
        }
        return best;
    }
}
