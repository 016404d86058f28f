package dev.newsgraph.analysis.quote;

import dev.newsgraph.analysis.world.WorldKnowledge;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Span;
import java.util.Locale;

/** The gender a person, a noun or a pronoun shows, where anything shows it: 'm', 'f' or '-'. */
final class PersonGender {
    private final WorldKnowledge world;

    PersonGender(WorldKnowledge world) {
        this.world = world;
    }

    /** A word's gender agrees with a person's where either is unknown or both are the same. */
    static boolean agrees(char word, char person) {
        return word == '-' || person == '-' || word == person;
    }

    static char ofPronoun(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> 'm';
            case "she", "her", "hers", "herself" -> 'f';
            default -> '-';
        };
    }

    /** A noun's: a gendered role ("spokeswoman"), or a word of kinship or trade that has one. */
    char ofNoun(String noun) {
        WorldKnowledge.Role role = world.role(noun);
        if (role != null) {
            return role.gender();
        }
        return switch (noun) {
            case "mother", "wife", "daughter", "actress", "businesswoman" -> 'f';
            case "father", "husband", "son", "businessman" -> 'm';
            default -> '-';
        };
    }

    /**
     * A person's: by the first name, else a gendered role ("mother"), else the pronouns the entity
     * layer resolved to it.
     */
    char of(Entity person) {
        char byName = world.genderOfFirstName(person.name().split("\\s+")[0]);
        if (byName != '-') {
            return byName;
        }
        for (String r : person.roles()) {
            WorldKnowledge.Role role = world.role(r);
            if (role != null && role.gender() != '-') {
                return role.gender();
            }
        }
        int male = 0;
        int female = 0;
        for (Span m : person.mentions()) {
            char g = ofPronoun(m.text());
            male += g == 'm' ? 1 : 0;
            female += g == 'f' ? 1 : 0;
        }
        return male == female ? '-' : male > female ? 'm' : 'f';
    }
}
