package dev.newsgraph.bench.jmh;

import dev.newsgraph.model.Article;
import java.util.List;

/** The article the microbenchmarks analyse: written for them in the style of a wire story. */
final class BenchArticle {
    private BenchArticle() {
    }

    static final String TEXT = """
            BRUSSELS (Wire) - European Union finance ministers agreed on Tuesday to lend Ukraine a further \
            18 billion euros ($19.6 billion) next year, after a late-night meeting in Brussels that ran past \
            midnight.
            "This is a clear signal that Europe will not walk away," Dutch Finance Minister Eelco Rademaker told \
            reporters after the talks. He said the first payment of 4.5 billion euros could come as early as \
            January.
            Hungary, which had blocked the package for three weeks, abstained, a spokeswoman for the Czech \
            presidency said. Budapest has argued that the money should be raised by each member state rather \
            than through joint borrowing.
            The loan comes on top of 7.2 billion euros paid out since March. Ukraine's finance ministry \
            estimates that it needs about $3 billion a month to keep schools, hospitals and pensions running \
            while the war continues.
            Ukrainian Prime Minister Olena Marchenko, 48, welcomed the decision on Wednesday. "Every euro \
            keeps a teacher in a classroom," she wrote on social media.
            Officials in Kyiv said talks with the International Monetary Fund on a new four-year programme \
            worth $15.6 billion would resume next month in Washington. The IMF said in a statement that its \
            staff would visit Kyiv in early February.
            Separately, the European Commission proposed to extend tariff-free access for Ukrainian exports \
            until June 2027, a move opposed by farmers in Poland, where about 2,000 protesters blocked border \
            crossings last weekend.
            """;

    static Article article() {
        return new Article("bench:eu-ukraine-loan", null, "bench", "EU agrees 18 billion euro loan to Ukraine",
                "2026-11-17", "en", TEXT, List.of());
    }
}
