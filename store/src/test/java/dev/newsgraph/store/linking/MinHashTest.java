package dev.newsgraph.store.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.store.NewsFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTest {
    @Test
    void rewrittenCopyIsSimilarAndSharesABand() {
        int[] a = MinHash.signature(NewsFixtures.STRIKE_TEXT);
        int[] b = MinHash.signature(NewsFixtures.STRIKE_REWRITE);
        assertTrue(MinHash.similarity(a, b) >= 0.5, "similarity " + MinHash.similarity(a, b));
        assertTrue(shareBand(a, b));
        assertTrue(MinHash.similarity(a, MinHash.signature(NewsFixtures.MEETING_TEXT)) < 0.1);
        assertEquals(1.0, MinHash.similarity(a, MinHash.fromBytes(MinHash.toBytes(a))));
    }

    @Test
    void textWithoutTwoContentWordsHasNoSignature() {
        assertNull(MinHash.signature("It was the one."));
    }

    /**
     * Rewritten copies of a report are candidates (they share a band) and close enough to be grouped
     * (the grouping's threshold, {@code StoryGrouper.SAME_STORY}, is 0.3), while different stories,
     * even on the same subject (two central banks, two disasters in one country, two planemakers),
     * are neither: so copies are found and the candidates of a new article stay few.
     */
    @Test
    void copiesShareABandAndDifferentStoriesDoNot() {
        for (String[] copy : COPIES) {
            int[] a = MinHash.signature(copy[0]);
            int[] b = MinHash.signature(copy[1]);
            assertTrue(shareBand(a, b), copy[0]);
            assertTrue(MinHash.similarity(a, b) >= 0.3, "similarity " + MinHash.similarity(a, b) + ": " + copy[0]);
        }
        List<String> stories = new ArrayList<>();
        for (String[] copy : COPIES) {
            stories.add(copy[0]);
        }
        stories.addAll(OTHERS);
        for (int i = 0; i < stories.size(); i++) {
            for (int j = i + 1; j < stories.size(); j++) {
                int[] a = MinHash.signature(stories.get(i));
                int[] b = MinHash.signature(stories.get(j));
                assertFalse(shareBand(a, b), stories.get(i) + " / " + stories.get(j));
                assertTrue(MinHash.similarity(a, b) < 0.1, stories.get(i) + " / " + stories.get(j));
            }
        }
    }

    /** Wire reports and their rewrites (other verbs, order and attribution; the same facts). */
    private static final String[][] COPIES = {
        {"The European Central Bank raised its main interest rate by a quarter point to 4 percent on Thursday, its"
                + " tenth increase in a row, and said inflation in the euro zone was still expected to stay too high for"
                + " too long. President Christine Lagarde told reporters in Frankfurt that the governing council had not"
                + " discussed when rates would start to fall.",
            "The European Central Bank lifted its key interest rate by a quarter of a point to 4 percent on Thursday, a"
                + " tenth straight increase, saying euro zone inflation was still expected to stay too high for too long."
                + " ECB President Christine Lagarde told a news conference in Frankfurt the governing council had not"
                + " discussed when rates might fall."},
        {"Flooding after three days of torrential rain forced more than 20,000 people from their homes in southern"
                + " Brazil, the Rio Grande do Sul civil defence agency said on Sunday. Rescue teams in boats pulled families"
                + " from rooftops in the city of Porto Alegre, where the Guaiba river rose to a record level.",
            "More than 20,000 people were forced from their homes in southern Brazil by flooding after three days of"
                + " torrential rain, the civil defence agency of Rio Grande do Sul said on Sunday. Rescuers in boats pulled"
                + " families off rooftops in Porto Alegre, where the Guaiba river reached a record level."},
        {"Boeing said on Wednesday it delivered 27 commercial aircraft in March, down from 64 a year earlier, as"
                + " regulators capped production of its 737 MAX after a door panel blew off a jet in mid-air in January."
                + " The planemaker's chief executive Dave Calhoun is due to step down at the end of the year.",
            "Boeing delivered 27 commercial aircraft in March, down from 64 a year earlier, the company said on Wednesday,"
                + " after regulators capped production of its 737 MAX when a door panel blew off a jet in mid-air in"
                + " January. Chief executive Dave Calhoun is due to step down at the end of the year."},
    };

    /** Other stories: the first three on the subjects of the copies, the rest on others. */
    private static final List<String> OTHERS = List.of(
            "The Bank of England kept its main interest rate at 5.25 percent on Thursday for a third meeting in a row,"
                    + " with Governor Andrew Bailey saying it was too early to think about cutting borrowing costs while"
                    + " wage growth stayed strong.",
            "A landslide after heavy rain buried a road in the Brazilian state of Sao Paulo on Tuesday, killing at least"
                    + " 12 people, and firefighters were searching for more under the mud near the coastal town of Sao"
                    + " Sebastiao.",
            "Airbus said on Monday it handed over 63 jets to customers in April, keeping it on course for its target of"
                    + " about 800 deliveries this year despite shortages of engines and cabin parts at its suppliers.",
            "Kenya's parliament approved a finance bill raising taxes on bread, fuel and mobile money on Tuesday, as"
                    + " police fired tear gas at protesters outside the building in central Nairobi.",
            "Japan's Nikkei share average closed at a record high above 40,000 on Monday, led by chip stocks, as"
                    + " investors bet the central bank would move slowly in ending its negative rates.",
            "Wildfires fanned by strong winds burned across more than 1,000 hectares on the Greek island of Rhodes, and"
                    + " ferries took thousands of tourists from beaches to safety, the coast guard said.",
            "The United Nations Security Council adopted a resolution on Monday demanding an immediate ceasefire in"
                    + " Sudan, where fighting between the army and a paramilitary force has displaced millions.",
            "Apple unveiled a headset that blends virtual and augmented reality, priced at 3,499 dollars, its first major"
                    + " new product in almost a decade, at its developer conference in Cupertino.",
            "India's election commission said counting of votes from the six-week general election would begin at"
                    + " 8 a.m. on Tuesday, with results from all 543 constituencies expected by evening.",
            "Norway's wealth fund, the world's largest, reported a first-half profit of 1.5 trillion crowns on Thursday,"
                    + " driven by gains in technology stocks, its chief executive Nicolai Tangen said.");

    private static boolean shareBand(int[] a, int[] b) {
        long[] x = MinHash.bands(a);
        long[] y = MinHash.bands(b);
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                return true;
            }
        }
        return false;
    }
}
