package io.eventline.gateway.rest;

import io.eventline.contracts.ChangeType;
import io.eventline.contracts.EventType;
import io.eventline.contracts.TimelineEvent;
import io.eventline.gateway.GatewayTestProfile;
import io.eventline.gateway.fakes.FakeDownstreams;
import io.eventline.gateway.fakes.FakeIngestService;
import io.eventline.gateway.fakes.TestEvents;
import io.eventline.gateway.fakes.TimelineEventsPublisher;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web page in headless Chromium against the gateway wired to fake downstream services and a real Kafka
 * broker: the timeline renders in order, the detail shows evidence, filters work, an article submitted through
 * the form is accepted and its event arrives live over SSE. Skipped when Chromium is not installed.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class TimelinePageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final AtomicLong SEQUENCE = new AtomicLong(900_000);

    @TestHTTPResource("/")
    URL page;

    @TestHTTPResource("/api/stream")
    URL stream;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        FakeDownstreams.TIMELINE.reset();
        FakeDownstreams.INGEST.received.clear();
        FakeDownstreams.TIMELINE.events.addAll(List.of(TestEvents.parisAttacks(), TestEvents.raqqaStrikes(),
                TestEvents.article427()));
        profile = Files.createTempDirectory("eventline-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void timelineRendersFiltersShowsEvidenceAndReceivesASubmittedArticlesEventLive() throws Exception {
        // before the page is open, so that the probes do not land on it
        awaitGatewayLiveFeed();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(page.toString());

        wait.until(d -> d.findElements(By.cssSelector("#timeline .event")).size() == 3);
        assertThat(ids()).containsExactly("evt-paris", "evt-raqqa", "evt-427");
        WebElement first = browser.findElement(By.cssSelector("#timeline .event"));
        assertThat(first.getText()).contains("Fri 13 Nov 2015").containsIgnoringCase("Attack")
                .contains("Coordinated attacks in Paris and Saint-Denis").contains("Paris, Saint-Denis")
                .contains("Islamic State").contains("1 source");
        assertThat(browser.findElement(By.id("event-count")).getText()).isEqualTo("3 events");

        // detail with sources and evidence
        first.findElement(By.cssSelector(".event-open")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#event-detail .evidence"), "Friday night"));
        // the panel is drawn from the list at once, then again from /api/events/{id}: read it in one script
        wait.until(d -> "https://news.example/evt-paris".equals(((JavascriptExecutor) d).executeScript(
                "const a = document.querySelector('#event-detail .source a'); return a ? a.href : null;")));

        // filter by type
        new Select(browser.findElement(By.id("filter-type"))).selectByValue("AIRSTRIKE");
        wait.until(d -> ids().equals(List.of("evt-raqqa")));
        assertThat(browser.getCurrentUrl()).contains("type=AIRSTRIKE");
        new Select(browser.findElement(By.id("filter-type"))).selectByValue("");
        wait.until(d -> ids().size() == 3);
        wait.until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "live"));

        // submit an article through the form
        browser.findElement(By.id("api-key")).sendKeys(GatewayTestProfile.BROWSER_KEY);
        browser.findElement(By.id("article-title")).sendKeys("Police raid flats in Molenbeek");
        browser.findElement(By.id("article-source")).sendKeys("Example Wire");
        browser.findElement(By.id("article-published")).sendKeys("11/17/2015");
        browser.findElement(By.id("article-body")).sendKeys(
                "Belgian police raided several flats in the Molenbeek district of Brussels on Monday.");
        browser.findElement(By.id("article-submit")).click();
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("article-result")), "data-article-id"));
        assertThat(browser.findElement(By.id("article-result")).getText()).startsWith("Accepted as art-");
        FakeIngestService.Received sent = FakeDownstreams.INGEST.received.get(0);
        assertThat(sent.contentType()).startsWith("application/json");
        assertThat(sent.body()).contains("\"text\":\"Belgian police raided several flats")
                .contains("\"title\":\"Police raid flats in Molenbeek\"").contains("\"publishedAt\":\"2015-11-17\"");

        // timeline-service would now publish the article's event; it must appear without a reload
        TimelineEvent raid = TestEvents.event("evt-molenbeek", EventType.RAID, "Police raid flats in Molenbeek",
                LocalDate.of(2015, 11, 16), List.of("Belgian police"), List.of("Molenbeek", "Brussels"),
                "Belgian police raided several flats in the Molenbeek district of Brussels on Monday.");
        FakeDownstreams.TIMELINE.events.add(raid);
        try (TimelineEventsPublisher kafka = new TimelineEventsPublisher(bootstrapServers)) {
            kafka.publish(TestEvents.change(SEQUENCE.incrementAndGet(), ChangeType.CREATED, raid));
        }
        wait.until(d -> ids().contains("evt-molenbeek"));
        assertThat(ids()).containsExactly("evt-paris", "evt-raqqa", "evt-molenbeek", "evt-427");
        assertThat((String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector(\".event[data-id='evt-molenbeek']\").className;")).contains("event--new");
        assertThat(browser.findElement(By.id("event-count")).getText()).isEqualTo("4 events");

        browser.findElement(By.cssSelector(".event[data-id='evt-molenbeek'] .event-open")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#event-detail .evidence"), "Molenbeek district"));
        screenshot("timeline.png");
        browser.manage().window().setSize(new Dimension(390, 900));
        Thread.sleep(300);
        screenshot("timeline-mobile.png");
    }

    /** Read in one script: the list is re-rendered on every live change, so element handles go stale. */
    @SuppressWarnings("unchecked")
    private List<String> ids() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#timeline .event')).map(e => e.dataset.id);");
    }

    /** The gateway's Kafka consumer starts at the end of the topic; make sure it has its partitions. */
    private void awaitGatewayLiveFeed() throws Exception {
        try (TimelineEventsPublisher kafka = new TimelineEventsPublisher(bootstrapServers);
             SseTestClient client = new SseTestClient(URI.create(stream + "?type=MEETING"), null)) {
            TimelineEvent probe = TestEvents.event("probe", EventType.MEETING, "probe", null, List.of(), List.of(), "p");
            for (int i = 0; i < 60; i++) {
                long seq = SEQUENCE.incrementAndGet();
                kafka.publish(TestEvents.change(seq, ChangeType.UPDATED, probe));
                if (client.next(m -> Long.toString(seq).equals(m.id()), Duration.ofMillis(500)) != null) {
                    return;
                }
            }
        }
        throw new AssertionError("the gateway never received a change from Kafka");
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
