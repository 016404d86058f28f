package dev.newsgraph.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
    private static final LanguageGuesser GUESSER = LanguageGuesser.create();
    private static final String ENGLISH = "The mountain pass was closed on Friday after heavy snow blocked the road, and "
            + "drivers were told to use the valley route instead, police said.";
    private static final String GERMAN = "Die neue Brücke über den Fluss wurde am Montag für den Verkehr freigegeben, "
            + "teilte die Stadtverwaltung mit.";

    @Test
    void namesTheLanguageOfAText() {
        assertEquals("en", GUESSER.guess(ENGLISH, null));
        assertEquals("de", GUESSER.guess(GERMAN, "en"));
        assertEquals("fr", GUESSER.guess("Les syndicats ont appelé à une grève des transports publics jeudi prochain "
                + "pour protester contre la réforme des retraites.", null));
        assertEquals("ru", GUESSER.guess("Правительство объявило в среду о новых мерах поддержки малого бизнеса в "
                + "регионах страны.", null));
    }

    @Test
    void tagsAreTheShortBcp47OnesNotTheModelsIso639Codes() {
        // the model says cmn (Mandarin), heb and ind; Locale alone would give the withdrawn iw and in
        assertEquals("zh", GUESSER.guess("本市第十二条地铁线路今天上午正式开通运营，全长三十二公里，共设二十四座车站。", null));
        assertEquals("he", GUESSER.guess("הממשלה הודיעה היום על תוכנית חדשה לבניית דירות בשכונות הצפוניות של העיר.", null));
        assertEquals("id", GUESSER.guess("Karena hujan deras sejak kemarin, kantor pemerintah kota belum bisa dibuka dan "
                + "warga diminta untuk tidak keluar rumah, kata juru bicara polisi kepada wartawan hari Selasa. Menurut "
                + "dia, banjir sudah merendam ratusan rumah di kawasan utara Jakarta.", null));
        assertEquals("ar", GUESSER.guess("افتتح معرض الكتاب الدولي أبوابه اليوم بمشاركة أكثر من خمسمائة دار نشر.", null));
    }

    @Test
    void aTextTooShortToTellGivesTheDeclaredLanguage() {
        assertEquals("fr", GUESSER.guess("Bonjour", "fr"));
        assertNull(GUESSER.guess("Snow closes pass", null));
        assertNull(GUESSER.guess(null, null));
    }

    @Test
    void aNearTieBetweenLanguagesIsNoAnswer() {
        // long enough, but letters that no language owns: the model's best guess wins by a hair
        assertEquals("en", GUESSER.guess("WASHINGTON (Reuters) - U.S.", "en"));
        assertNull(GUESSER.guess("OK OK OK 12345 67890 ---- .... 2024-06-01", null));
    }

    @Test
    void onlyTheOpeningOfALongTextIsRead() {
        String text = ENGLISH.repeat(14) + " " + GERMAN.repeat(100);
        assertEquals("en", GUESSER.guess(text, null));
    }

    @Test
    void threadsSharingTheGuesserGetTheSameAnswers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String text = i % 2 == 0 ? ENGLISH : GERMAN;
                answers.add(pool.submit(() -> GUESSER.guess(text, null)));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(i % 2 == 0 ? "en" : "de", answers.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
