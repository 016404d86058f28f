package dev.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium (Debian's chromium and chromium-driver; skipped where
 * they are absent). Saves a screenshot of each view into target/screenshots/, or where the system
 * property {@code newsgraph.screenshots} says ({@code -Dnewsgraph.screenshots=../docs/screenshots}
 * to renew the tracked ones, relative to the server module): a plain test run leaves tracked files
 * alone.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of(System.getProperty("newsgraph.screenshots", "target/screenshots"));
    private static NewsServer server;
    private static ChromeDriver browser;
    private static String base;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "chromium and chromedriver not installed");
        server = NewsServer.start(NewsServer.Settings.local(FixtureStore.get().toString(), 0));
        base = "http://127.0.0.1:" + server.port();
        profile = Files.createTempDirectory("ng-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void shot(String name) throws Exception {
        Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void openArticle(String title) {
        browser.get(base + "/articles");
        browser.findElement(By.linkText(title)).click();
    }

    @Test
    void aPageSaysHowManyArticlesArrivedSinceItOpened() throws Exception {
        java.nio.file.Path dir = Files.createTempDirectory("ng-live");
        var provenance = new dev.newsgraph.model.Provenance("test", java.util.List.of("test"), java.util.Map.of());
        try (var store = dev.newsgraph.store.Store.open(dir.toString(), true)) {
            store.put(dev.newsgraph.model.StoryRecord.of(FixtureStore.article("https://news.example.org/a", "Wire",
                    "First", "2025-05-01", "The ferry was late."), provenance));
        }
        try (NewsServer live = NewsServer.start(NewsServer.Settings.local(dir.toString(), 0))) {
            browser.get("http://127.0.0.1:" + live.port() + "/articles");
            WebElement banner = browser.findElement(By.id("live"));
            assertFalse(banner.isDisplayed(), "nothing new yet");
            try (var store = dev.newsgraph.store.Store.open(dir.toString(), true)) {
                for (String title : java.util.List.of("Second", "Third")) {
                    store.put(dev.newsgraph.model.StoryRecord.of(FixtureStore.article("https://news.example.org/" + title,
                            "Wire", title, "2025-05-02", "The " + title + " ferry was late."), provenance));
                }
            }
            browser.executeAsyncScript("var done = arguments[arguments.length - 1]; window.newsgraphLive.check().then(done);");
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("live")).isDisplayed());
            assertTrue(banner.getText().startsWith("2 new articles since this page opened."), banner.getText());
            assertEquals("status", banner.getAttribute("role"));
            banner.findElement(By.linkText("Reload")).click();
            assertTrue(browser.findElement(By.linkText("Third")).isDisplayed(), "the reloaded list holds the new articles");
        }
    }

    @Test
    void fromAnArticleOneClickToAnEntityPage() throws Exception {
        openArticle(FixtureStore.KHARKIV_TITLE);
        assertEquals(FixtureStore.KHARKIV_TITLE, browser.findElement(By.tagName("h1")).getText());
        List<WebElement> marks = browser.findElements(By.cssSelector("#text mark.ev"));
        assertFalse(marks.isEmpty(), "event evidence is marked");
        assertTrue(marks.get(0).getAttribute("title").startsWith("Event ASSAULT"), marks.get(0).getAttribute("title"));
        assertFalse(browser.findElements(By.cssSelector("#text q.quote")).isEmpty(), "the quote is marked");
        shot("article");
        WebElement link = browser.findElements(By.cssSelector("#text a.ent")).stream()
                .filter(a -> a.getText().contains("Zelenskiy")).findFirst().orElseThrow();
        assertTrue(link.getAttribute("title").startsWith("PERSON"), link.getAttribute("title"));
        link.click();
        assertEquals("Volodymyr Zelenskiy", browser.findElement(By.tagName("h1")).getText());
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("What it said") && page.contains("terror against ordinary people"), page);
        assertTrue(page.contains("Emmanuel Macron"), "who it dealt with: " + page);
        shot("entity");
    }

    @Test
    void timelineAndNetworkRenderWithData() throws Exception {
        browser.get(base + "/timeline");
        assertTrue(browser.findElements(By.cssSelector("#timeline svg.bar rect")).size() >= 2);
        shot("timeline");
        browser.get(base + "/network");
        WebElement graph = browser.findElement(By.id("graph"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> graph.getAttribute("class").contains("ready"));
        assertTrue(Integer.parseInt(graph.getAttribute("data-edges")) >= 1);
        assertTrue(Integer.parseInt(graph.getAttribute("data-nodes")) >= 2);
        assertFalse(graph.findElements(By.tagName("canvas")).isEmpty(), "Cytoscape drew on a canvas");
        shot("network");
        // the graph by keyboard alone: Tab reaches it, arrows step through actors told in words, Enter opens one
        WebElement status = browser.findElement(By.id("graph-status"));
        browser.findElement(By.cssSelector("form.filters button")).sendKeys(Keys.TAB);
        assertEquals("graph", browser.switchTo().activeElement().getAttribute("id"), "Tab from the filter form reaches the graph");
        String first = status.getText();
        assertTrue(first.startsWith("Actor 1 of "), first);
        graph.sendKeys(Keys.ARROW_RIGHT);
        String second = status.getText();
        assertTrue(second.startsWith("Actor 2 of "), second);
        String chosen = graph.getAttribute("data-chosen");
        String name = second.substring(second.indexOf(": ") + 2, second.indexOf(" (") > 0 ? second.indexOf(" (") : second.indexOf(","));
        assertTrue(browser.findElement(By.id("edges")).getText().contains(name), name);
        graph.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/entities/" + chosen));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(name), name);
        browser.get(base + "/quotes");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("for as long as it takes"));
        shot("quotes");
        browser.get(base + "/search?q=Zelenskiy");
        shot("search");
    }

    @Test
    void mapDrawsPlacesOnCountriesAndOpensTheirEventsByKeyboard() throws Exception {
        browser.get(base + "/map");
        WebElement map = browser.findElement(By.id("map"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> map.getAttribute("class").contains("ready"));
        // the country outlines came from the server (Natural Earth 110m has 177 countries), the places from the table
        assertEquals("177", map.getAttribute("data-countries"));
        assertTrue(map.findElements(By.cssSelector("path.country")).size() == 177);
        List<WebElement> circles = map.findElements(By.cssSelector("circle.place"));
        assertEquals(2, circles.size());
        assertEquals(2, browser.findElements(By.cssSelector("#places tbody tr")).size());
        // coloured by type: the assault and the meeting differ, and the legend names both
        assertEquals(1, map.findElements(By.cssSelector("circle.pt-ASSAULT")).size());
        assertEquals(1, map.findElements(By.cssSelector("circle.pt-CONSULT")).size());
        String legend = browser.findElement(By.id("map-legend")).getText();
        assertTrue(legend.contains("ASSAULT") && legend.contains("CONSULT"), legend);
        // Kharkiv is drawn east of Kyiv
        WebElement kharkiv = map.findElement(By.cssSelector("circle.pt-ASSAULT"));
        WebElement kyiv = map.findElement(By.cssSelector("circle.pt-CONSULT"));
        assertTrue(Double.parseDouble(kharkiv.getAttribute("cx")) > Double.parseDouble(kyiv.getAttribute("cx")));
        shot("map");
        // by keyboard alone: Tab reaches the map, arrows step through places told in words, Enter lists the events
        WebElement status = browser.findElement(By.id("map-status"));
        browser.findElement(By.cssSelector("form.filters button")).sendKeys(Keys.TAB);
        assertEquals("map", browser.switchTo().activeElement().getAttribute("id"), "Tab from the filter form reaches the map");
        String first = status.getText();
        assertTrue(first.startsWith("Place 1 of 2: "), first);
        map.sendKeys(Keys.ARROW_RIGHT);
        String second = status.getText();
        assertTrue(second.startsWith("Place 2 of 2: "), second);
        map.sendKeys(Keys.ARROW_RIGHT);
        assertTrue(status.getText().startsWith("Place 1 of 2: "), status.getText());
        String name = first.substring(first.indexOf(": ") + 2, first.indexOf(" ("));
        map.sendKeys(Keys.ENTER);
        WebElement panel = browser.findElement(By.id("place-events"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(() -> "the place's events: " + panel.getText())
                .until(d -> panel.getAttribute("data-events") != null);
        assertEquals("1", panel.getAttribute("data-events"));
        assertEquals("Events in " + name, panel.findElement(By.tagName("h2")).getText());
        assertEquals("place-events-title", browser.switchTo().activeElement().getAttribute("id"), "focus moves to the list");
        String evidence = panel.findElement(By.tagName("blockquote")).getText();
        assertTrue(evidence.contains(name.equals("Kharkiv") ? "Kharkiv" : "Macron"), evidence);
        shot("map-events");
        // the evidence links to its sentence in the article
        panel.findElement(By.cssSelector("blockquote a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/articles/"));
        assertTrue(browser.getCurrentUrl().contains("#ev-"), browser.getCurrentUrl());
        // filtered like the timeline: one type leaves one place; a mouse click on it opens its events too
        browser.get(base + "/map?type=ASSAULT");
        WebElement filtered = browser.findElement(By.id("map"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> filtered.getAttribute("class").contains("ready"));
        List<WebElement> one = filtered.findElements(By.cssSelector("circle.place"));
        assertEquals(1, one.size());
        one.get(0).click();
        WebElement list = browser.findElement(By.id("place-events"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(() -> "the place's events: " + list.getText())
                .until(d -> list.getAttribute("data-events") != null);
        assertTrue(list.getText().contains("ASSAULT") && list.getText().contains("Kharkiv"), list.getText());
        assertTrue(browser.findElement(By.id("map-status")).getText().startsWith("Place 1 of 1: Kharkiv"));
    }

    @Test
    void hostileTextRendersAsTextAndRunsNothing() throws Exception {
        browser.get(base + "/articles");
        browser.findElements(By.cssSelector("main a")).stream().filter(a -> a.getText().contains("Minister resigns"))
                .findFirst().orElseThrow().click();
        JavascriptExecutor js = browser;
        assertEquals("undefined", js.executeScript("return typeof window.__pwned"));
        assertEquals(FixtureStore.HOSTILE_TITLE, browser.findElement(By.tagName("h1")).getText());
        WebElement text = browser.findElement(By.id("text"));
        assertTrue(text.getText().contains("<script>window.__pwned=2</script>"));
        assertTrue(text.getText().contains("<img src=x onerror=\"window.__pwned=3\">"));
        assertTrue(text.findElements(By.tagName("img")).isEmpty());
        assertTrue(browser.findElements(By.tagName("script")).stream().allMatch(s -> s.getAttribute("src") != null
                && !s.getAttribute("src").isEmpty()), "only scripts of our own, by src");
        for (WebElement a : browser.findElements(By.tagName("a"))) {
            String href = a.getAttribute("href");
            assertFalse(href != null && href.toLowerCase().startsWith("javascript:"), href);
        }
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        assertEquals("undefined", js.executeScript("return typeof window.__pwned"));
        shot("article-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
