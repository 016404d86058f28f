package dev.newsgraph.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * How a record was made: the newsgraph version, the pipeline's stages in order, and its
 * settings. Deterministic (no clock), so that the same input and settings give the same record.
 */
public record Provenance(String newsgraph, java.util.List<String> stages, Map<String, String> settings) {
    public Provenance {
        stages = Lists.copy(stages);
        settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
    }
}
