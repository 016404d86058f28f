package dev.newsgraph.analysis;

import dev.newsgraph.analysis.actor.KnownActors;
import dev.newsgraph.analysis.document.Document;
import dev.newsgraph.analysis.document.Stage;
import dev.newsgraph.analysis.linguistics.CoreNlpParser;
import dev.newsgraph.analysis.entity.EntityResolver;
import dev.newsgraph.analysis.event.EventCoder;
import dev.newsgraph.analysis.linguistics.LinguisticStage;
import dev.newsgraph.analysis.place.Gazetteer;
import dev.newsgraph.analysis.place.PlaceResolver;
import dev.newsgraph.analysis.quantity.QuantityReader;
import dev.newsgraph.analysis.quote.QuoteAttributor;
import dev.newsgraph.analysis.quote.SpeakerMentions;
import dev.newsgraph.analysis.time.TimeAnchor;
import dev.newsgraph.model.Article;
import dev.newsgraph.model.Provenance;
import dev.newsgraph.model.StoryRecord;
import dev.newsgraph.model.Version;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Article in, story record out. Built once (models load in {@link #create}); {@link #analyze}
 * is thread-safe, so one analyzer serves every thread of an ingest.
 */
public final class Analyzer {
    private final List<Stage> stages;
    private final Provenance provenance;

    private Analyzer(List<Stage> stages, Map<String, String> settings) {
        this.stages = List.copyOf(stages);
        List<String> names = new ArrayList<>();
        for (Stage s : stages) {
            names.add(s.name());
        }
        this.provenance = new Provenance(Version.current(), names, settings);
    }

    private static volatile Analyzer shared;

    /**
     * The one default analyzer of this JVM, built by the first caller that needs it and shared by every
     * thread after it ({@link #analyze} is thread-safe): models load only when an article is there to
     * analyse, and only once per process however many commands run or Spark tasks an executor takes.
     * A build that fails is tried again by the next caller.
     */
    public static Analyzer shared() {
        Analyzer a = shared;
        if (a == null) {
            synchronized (Analyzer.class) {
                a = shared;
                if (a == null) {
                    a = create();
                    shared = a;
                }
            }
        }
        return a;
    }

    /** A new default pipeline (its models load now); most callers want {@link #shared()}. */
    public static Analyzer create() {
        // the gazetteer reads on a thread of its own while CoreNLP's models load on this one (a second
        // or so each on a cold JVM); started after them, the first article would wait for it
        Gazetteer.preload();
        CoreNlpParser.Settings nlp = CoreNlpParser.Settings.defaults();
        CoreNlpParser parser = new CoreNlpParser(nlp);
        Map<String, String> settings = new LinkedHashMap<>(nlp.describe());
        List<Stage> stages = new ArrayList<>();
        stages.add(new LinguisticStage(parser));
        stages.add(TimeAnchor.create());
        stages.add(QuantityReader.create());
        stages.add(EntityResolver.create());
        settings.put("actors", KnownActors.RESOURCE + " (Phoenix actor dictionaries of PETRARCH2, MIT) + "
                + KnownActors.ADDITIONS);
        stages.add(PlaceResolver.create());
        settings.put("gazetteer", Gazetteer.SOURCE);
        QuoteAttributor quotes = QuoteAttributor.create();
        settings.putAll(quotes.settings());
        stages.add(quotes);
        stages.add(SpeakerMentions.create());
        stages.add(EventCoder.create());
        return new Analyzer(stages, settings);
    }

    public Provenance provenance() {
        return provenance;
    }

    public List<Stage> stages() {
        return stages;
    }

    public StoryRecord analyze(Article article) {
        return analyze(article, null);
    }

    /**
     * @param timings where given, receives each stage's time in nanoseconds, added to what it holds, and
     *                that of the parts of a stage made of parts under "stage/part" ("linguistics/ner")
     */
    public StoryRecord analyze(Article article, Map<String, Long> timings) {
        String lang = article.language();
        if (lang != null && !lang.isBlank() && !lang.toLowerCase(java.util.Locale.ROOT).startsWith("en")
                && !lang.equalsIgnoreCase("und")) {
            return StoryRecord.of(article, provenance).withWarning("the text is in language '" + lang
                    + "'; newsgraph analyses English only, so no entities, quotes, events, times or amounts were read");
        }
        if (article.text().isBlank()) {
            return StoryRecord.of(article, provenance).withWarning("the article has no text to analyse");
        }
        boolean cut = article.text().length() > MAX_ANALYSED_CHARS;
        Article analysed = cut ? article.withText(cutAtSentence(article.text()), article.removed()) : article;
        StoryRecord rec = run(analysed, timings);
        if (cut) {
            rec = rec.withArticle(article)
                    .withWarning("the text is " + article.text().length() + " characters long; only the first "
                            + analysed.text().length() + " were analysed");
        }
        return rec;
    }

    /** The longest text analysed whole (about 100 pages); longer texts are analysed up to a sentence end before it. */
    public static final int MAX_ANALYSED_CHARS = 200_000;

    private static String cutAtSentence(String text) {
        int end = MAX_ANALYSED_CHARS;
        int dot = text.lastIndexOf(". ", end);
        return text.substring(0, dot > end / 2 ? dot + 1 : end);
    }

    private StoryRecord run(Article article, Map<String, Long> timings) {
        Document doc = new Document(article, anchorOf(article.published()));
        for (Stage s : stages) {
            long t0 = System.nanoTime();
            if (timings == null) {
                s.apply(doc);
            } else {
                s.apply(doc, (part, nanos) -> timings.merge(s.name() + "/" + part, nanos, Long::sum));
                timings.merge(s.name(), System.nanoTime() - t0, Long::sum);
            }
        }
        return RecordAssembler.assemble(doc, provenance);
    }

    /** The date part of an ISO 8601 date or date-time, or null. */
    static LocalDate anchorOf(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
