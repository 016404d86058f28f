package dev.newsgraph.analysis.entity;

import dev.newsgraph.model.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One real-world referent being assembled from its mentions. Mutable, owned by one resolver run. */
final class Cluster {
    final EntityType type;
    String name;
    String subtype;
    String country;
    String sector;
    Integer age;
    char gender = '-';
    boolean genderFromName;
    final List<Mention> mentions = new ArrayList<>();
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    /** Token-level key for name matching (lower-cased words of the fullest name). */
    List<String> nameWords = List.of();

    Cluster(EntityType type, String name) {
        this.type = type;
        this.name = name;
    }

    Mention lastMention() {
        return mentions.get(mentions.size() - 1);
    }

    void absorb(Mention m, String surface) {
        mentions.add(m);
        m.cluster = this;
        if (m.kind != MentionKind.PRONOUN && surface != null && !surface.equals(name)) {
            aliases.add(surface);
        }
        roles.addAll(m.roles);
        if (age == null && m.age != null) {
            age = m.age;
        }
        if (country == null && m.country != null) {
            country = m.country;
        }
        if (sector == null && m.sector != null) {
            sector = m.sector;
        }
        if (subtype == null && m.subtype != null) {
            subtype = m.subtype;
        }
        if (m.gender != '-' && (gender == '-' || genderFromName && !m.genderFromName)) {
            gender = m.gender;
            genderFromName = m.genderFromName;
        }
    }
}
