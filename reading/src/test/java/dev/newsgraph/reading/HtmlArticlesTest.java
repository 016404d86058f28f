package dev.newsgraph.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsgraph.model.Article;
import dev.newsgraph.model.Removal;
import dev.newsgraph.model.RemovalReason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlArticlesTest {
    private static final HtmlArticles HTML = HtmlArticles.create();

    static final String NEWS_PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB"><head>
            <title>Harbour council approves flood barrier | The Coastal Herald</title>
            <meta property="og:site_name" content="The Coastal Herald">
            <meta property="og:title" content="Harbour council approves flood barrier">
            <meta property="article:published_time" content="2024-03-05T09:30:00+00:00">
            <meta name="author" content="Priya Nandakumar">
            <link rel="canonical" href="https://herald.example/news/harbour-flood-barrier">
            </head><body>
            <header class="site-header"><nav class="main-menu"><ul><li><a href="/">Home</a></li>
              <li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
            <div class="page">
             <article>
              <h1>Harbour council approves flood barrier</h1>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
              <div class="article-body">
               <p>The harbour council voted on Tuesday to build a flood barrier across the mouth of the old port,
                  ending a dispute that has run for more than a decade, officials said.</p>
               <figure><img src="barrier.jpg"><figcaption>An artist's impression of the barrier, seen from the pier.</figcaption></figure>
               <p>The barrier, which will cost an estimated 42 million pounds, is due to be finished by 2027. It will
                  close during storm surges, protecting about 3,000 homes and the fish market, the council said.</p>
               <div class="ad-slot">Advertisement</div>
               <p>"This is the most important decision this council has taken in a generation," said the council
                  leader, Martin Okafor, after the vote, which passed by 31 votes to 4.</p>
               <div class="newsletter-signup"><p>Sign up for our morning newsletter and get the news in your inbox.</p></div>
               <p>Opponents, including two fishing co-operatives, argue that the structure will change currents in
                  the bay and harm the fishing grounds. They have said they may seek a judicial review.</p>
              </div>
              <aside class="related-stories"><h3>Related stories</h3><ul>
               <li><a href="/a">Storm Ida floods seafront homes for the third time this winter</a></li>
               <li><a href="/b">Fishing fleet warns of shrinking catches in the bay</a></li></ul></aside>
             </article>
             <section id="comments" class="comments"><h3>3 comments</h3>
               <div class="comment"><p>About time too, my street floods every spring and nobody listens to us.</p></div>
             </section>
            </div>
            <footer class="site-footer"><p>&copy; 2024 The Coastal Herald. All rights reserved.</p></footer>
            </body></html>
            """;

    @Test
    void storyTextHasTheParagraphsAndNothingElse() {
        Article a = HTML.read(NEWS_PAGE.getBytes(StandardCharsets.UTF_8), null, null, null).article();
        String[] paragraphs = a.text().split("\n\n");
        assertEquals(4, paragraphs.length, a.text());
        assertTrue(paragraphs[0].startsWith("The harbour council voted on Tuesday"));
        assertTrue(paragraphs[3].endsWith("seek a judicial review."));
        for (String junk : new String[]{"Home", "Share on Facebook", "artist's impression", "Advertisement",
            "newsletter", "Storm Ida", "About time too", "All rights reserved", "Harbour council approves"}) {
            assertFalse(a.text().contains(junk), junk + " leaked into: " + a.text());
        }
    }

    @Test
    void removedBlocksKeepTheirReasons() {
        Article a = HTML.read(NEWS_PAGE.getBytes(StandardCharsets.UTF_8), null, null, null).article();
        assertTrue(removed(a, "About time too", RemovalReason.COMMENTS), a.removed().toString());
        assertTrue(removed(a, "artist's impression", RemovalReason.CAPTION), a.removed().toString());
        assertTrue(removed(a, "Storm Ida", RemovalReason.TEASER), a.removed().toString());
        assertTrue(removed(a, "Advertisement", RemovalReason.ADVERT), a.removed().toString());
        assertTrue(removed(a, "Sport", RemovalReason.NAVIGATION), a.removed().toString());
    }

    private static boolean removed(Article a, String text, RemovalReason reason) {
        for (Removal r : a.removed()) {
            if (r.text().contains(text) && r.reason() == reason) {
                return true;
            }
        }
        return false;
    }

    @Test
    void metadataComesFromTheHead() {
        HtmlArticles.Page page = HTML.read(NEWS_PAGE.getBytes(StandardCharsets.UTF_8), null, null, null);
        Article a = page.article();
        assertEquals("Harbour council approves flood barrier", a.title());
        assertEquals("2024-03-05T09:30:00+00:00", a.published());
        assertEquals("The Coastal Herald", a.source());
        assertEquals("https://herald.example/news/harbour-flood-barrier", a.url());
        assertEquals("en", a.language());
        assertEquals("Priya Nandakumar", page.metadata().author());
    }

    @Test
    void jsonLdGivesDateAuthorAndPublisher() {
        String html = """
                <html><head><title>Rail strike called off</title>
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
                 {"@type":"NewsArticle","headline":"Rail strike called off after late-night talks",
                  "datePublished":"2023-11-14T22:05:00Z","author":[{"@type":"Person","name":"Ana Ribeiro"}],
                  "publisher":{"@type":"Organization","name":"Metro Daily"}}]}
                </script></head><body><div class="story">
                <p>Rail unions called off a strike planned for Thursday after talks with operators ran late into the night, the unions said.</p>
                <p>The deal includes a pay rise of 5 percent this year and a review of rosters, a union spokesman said on Wednesday.</p>
                </div></body></html>""";
        HtmlArticles.Page page = HTML.read(html.getBytes(StandardCharsets.UTF_8), null, null, null);
        assertEquals("Rail strike called off after late-night talks", page.article().title());
        assertEquals("2023-11-14T22:05:00Z", page.article().published());
        assertEquals("Metro Daily", page.article().source());
        assertEquals("Ana Ribeiro", page.metadata().author());
    }

    @Test
    void dateFromTimeElementUrlOrDateline() {
        String body = "<p>The county fair opened on Saturday with record crowds, organisers said, and the rain held off.</p>"
                + "<p>More than 20,000 people came through the gates on the first day, about a fifth more than last year.</p>";
        String withTime = "<html><body><article><time datetime=\"2022-08-06T10:00:00-05:00\">Aug 6</time>"
                + body + "</article></body></html>";
        assertEquals("2022-08-06T10:00:00-05:00", HTML.parse(withTime, null, null).article().published());
        String plain = "<html><body><article>" + body + "</article></body></html>";
        assertEquals("2022-08-07", HTML.parse(plain, "https://news.example/2022/08/07/county-fair", null)
                .article().published());
        String dateline = "<html><body><article><div class=\"byline\">By Sam Lee, August 8, 2022</div>" + body
                + "</article></body></html>";
        assertEquals("2022-08-08", HTML.parse(dateline, null, null).article().published());
        assertNull(HTML.parse(plain, null, null).article().published());
        assertEquals("2021-01-01", HTML.parse(plain, null, "2021-01-01").article().published());
    }

    @Test
    void chineseAndArabicPagesAreReadWithTheirLanguage() {
        String zh = "<html lang=\"zh\"><head><title>城市地铁新线开通</title></head><body><div class=\"content\">"
                + "<p>本市第十二条地铁线路今天上午正式开通运营，全长三十二公里，共设二十四座车站，预计日均客流量将达到四十万人次。</p>"
                + "<p>市交通部门负责人表示，新线路将大大缓解城市东部地区的交通压力，方便沿线居民出行。</p>"
                + "</div></body></html>";
        Article a = HTML.read(zh.getBytes(StandardCharsets.UTF_8), null, null, null).article();
        assertTrue(a.text().contains("地铁线路今天上午正式开通运营"), a.text());
        assertEquals("zh", a.language());
        String ar = "<html dir=\"rtl\"><head><title>افتتاح معرض الكتاب</title></head><body><div class=\"article\">"
                + "<p>افتتح معرض الكتاب الدولي أبوابه اليوم بمشاركة أكثر من خمسمائة دار نشر من ثلاثين دولة، وسط إقبال كبير من الزوار.</p>"
                + "<p>وقال مدير المعرض إن الدورة الحالية تشهد زيادة في عدد العناوين الجديدة مقارنة بالعام الماضي.</p>"
                + "</div></body></html>";
        Article b = HTML.read(ar.getBytes(StandardCharsets.UTF_8), null, null, null).article();
        assertTrue(b.text().contains("افتتح معرض الكتاب الدولي"), b.text());
        assertEquals("ar", b.language());
    }

    @Test
    void pagesWithoutStoryGiveEmptyTextAndAReason() {
        String scripts = "<html><head><script>var a = 1;</script></head><body><script>document.write('hi ' + a);"
                + "</script><noscript>Please enable JavaScript to read this site.</noscript></body></html>";
        Article a = HTML.parse(scripts, null, null).article();
        assertEquals("", a.text());
        assertEquals(RemovalReason.OTHER, a.removed().get(0).reason());
        assertTrue(a.removed().get(0).text().contains("no story text"));
        String frames = "<html><head><title>Frames</title></head><frameset cols=\"20%,80%\"><frame src=\"menu.html\">"
                + "<frame src=\"story.html\"></frameset></html>";
        Article f = HTML.parse(frames, null, null).article();
        assertEquals("", f.text());
        assertTrue(f.removed().get(0).text().contains("frameset"), f.removed().toString());
    }

    @Test
    void truncatedPageKeepsWhatArrived() {
        String cut = NEWS_PAGE.substring(0, NEWS_PAGE.indexOf("said the council"));
        Article a = HTML.parse(cut, null, null).article();
        assertTrue(a.text().startsWith("The harbour council voted"), a.text());
        assertTrue(a.text().contains("protecting about 3,000 homes"), a.text());
    }

    @Test
    void deeplyNestedPageDoesNotOverflow() {
        String deep = "<html><body>" + "<div>".repeat(5000) + "<p>Deep text</p>" + "</div>".repeat(5000)
                + "</body></html>";
        Article a = HTML.parse(deep, null, null).article();
        assertTrue(a.text().length() < 100);
    }

    @Test
    void tenMegabytePageIsRead() {
        StringBuilder sb = new StringBuilder("<html><head><title>Long read</title></head><body><div class=\"story\">");
        String p = "<p>The committee heard evidence from residents, engineers and the water company, "
                + "and it will publish its findings in the spring, the chair said on Friday.</p>\n";
        while (sb.length() < 10_000_000) {
            sb.append(p);
        }
        sb.append("</div></body></html>");
        Article a = HTML.parse(sb.toString(), null, null).article();
        assertTrue(a.text().length() > 5_000_000, "length " + a.text().length());
    }

    @Test
    void jsonLdArticleBodyFillsInWhenThePageShowsLittle() {
        String body = "The city will plant 10,000 trees along its main roads over the next three years, the mayor said on "
                + "Monday.\nThe first 2,000 will go in this autumn, mostly in the northern districts, where summer "
                + "temperatures are highest.\nResidents can ask for a tree outside their home through the council website, "
                + "and the council will water each tree for its first two summers.";
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"City to plant 10,000 trees\",\"articleBody\":\"" + body.replace("\n", "\\n") + "\"}</script></head>"
                + "<body><div class=\"story\"><p>The city will plant 10,000 trees along its main roads.</p>"
                + "<p><a href=\"/subscribe\">Subscribe to read more</a></p></div></body></html>";
        HtmlArticles.Page page = HTML.parse(html, null, null);
        assertEquals("json-ld", page.method());
        assertTrue(page.article().text().contains("\n\nThe first 2,000 will go in this autumn"), page.article().text());
        assertTrue(page.article().text().endsWith("first two summers."));
    }

    @Test
    void storyCutIntoRepeatedRowsIsJoined() {
        String para = "<p>%s The inquiry heard from engineers, residents and officials of the water company over three "
                + "days, and it will publish its report in the spring, the chair said, adding that she expected changes.</p>";
        StringBuilder html = new StringBuilder("<html><body><div class=\"rows\">");
        for (int row = 1; row <= 3; row++) {
            html.append("<div class=\"row wide\"><div class=\"main-col\">");
            for (int i = 1; i <= (row == 2 ? 6 : 2); i++) {
                html.append(String.format(para, "Row " + row + " paragraph " + i + "."));
            }
            html.append("</div><div class=\"rail\"><a href=\"/x\">Most read today</a></div></div>");
        }
        html.append("</div></body></html>");
        Article a = HTML.parse(html.toString(), null, null).article();
        assertTrue(a.text().startsWith("Row 1 paragraph 1."), a.text());
        assertTrue(a.text().contains("Row 3 paragraph 2."), a.text());
        assertFalse(a.text().contains("Most read today"));
    }

    @Test
    void teaserHeadingEndsTheStoryButAnInlineBoxDoesNot() {
        String p = "<p>Council workers began clearing the canal on Monday, removing bicycles, shopping trolleys and a "
                + "sofa, and they expect to finish the job by the end of the month, a spokesman said. %s</p>";
        String html = "<html><body><div class=\"article-body\"><div class=\"text\">" + String.format(p, "One.")
                + String.format(p, "Two.") + "<p><strong>DON'T MISS</strong></p><p><a href=\"/a\">Canal boat "
                + "festival returns</a></p></div><div class=\"photo\"><img src=\"c.jpg\"></div><div class=\"text\">"
                + String.format(p, "Three.") + "<h3>You may also like</h3><p>Bridge repairs to close the ring road "
                + "for a week in March, with diversions signed through the industrial estate, officials said.</p>"
                + "</div></div></body></html>";
        Article a = HTML.parse(html, null, null).article();
        assertTrue(a.text().contains("Three."), a.text());
        assertFalse(a.text().contains("Canal boat festival"), a.text());
        assertFalse(a.text().contains("Bridge repairs"), a.text());
        assertTrue(a.removed().stream().anyMatch(r -> r.text().contains("Bridge repairs")
                && r.reason() == RemovalReason.TEASER));
    }

    @Test
    void standfirstRepeatingTheDescriptionAndSiteNameAreCut() {
        String dek = "Ministers want the cost of rooftop panels halved by 2030 under a new plan.";
        String p = "<p>The energy ministry published a plan on Wednesday to cut the cost of rooftop solar panels, "
                + "with grants for small installers and new rules for connecting to the grid, officials said. %s</p>";
        String html = "<html><head><meta property=\"og:description\" content=\"" + dek + "\">"
                + "<meta property=\"og:site_name\" content=\"Grid Weekly\"></head><body><div class=\"main\">"
                + "<div class=\"brand\">Grid Weekly</div><div class=\"intro\"><p>" + dek + "</p></div>"
                + "<div class=\"body-text\">" + String.format(p, "One.") + String.format(p, "Two.")
                + "</div></div></body></html>";
        Article a = HTML.parse(html, null, null).article();
        assertTrue(a.text().startsWith("The energy ministry published"), a.text());
        assertTrue(a.removed().stream().anyMatch(r -> r.text().equals(dek)), a.removed().toString());
    }
}
