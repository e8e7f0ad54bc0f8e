package io.eventline.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web page in headless Chromium (Debian's package) against the whole running stack: the seeds' events are on
 * the page, an article submitted through the form shows up live, and a screenshot is saved.
 */
class WebPageIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String ARTICLE = "BRUSSELS, March 22, 2016 - Two suicide bombers struck the departure hall "
            + "of Zaventem airport in Brussels on Tuesday morning, killing at least 11 people, Belgian officials said.";

    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        profile = Files.createTempDirectory("eventline-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1280,1400",
                        "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> eventTypes() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#timeline .event')).map(e => e.dataset.type)");
    }

    @Test
    void pageShowsTheSeedEventsAndASubmittedArticleArrivesLive() throws Exception {
        RunningStack.ingestSeeds();

        browser.get(RunningStack.get().gatewayUrl() + "/");
        // The page re-renders the list when live changes arrive, so elements are read in one script call or
        // looked up again when they went stale.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(d -> eventTypes().size() >= 4);
        assertThat(eventTypes()).contains("ATTACK", "TREATY_INVOCATION", "AIRSTRIKE", "RAID");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("2015");
        wait.until(d -> "live".equals(d.findElement(By.id("live-status")).getAttribute("data-state")));

        wait.until(d -> {
            d.findElement(By.cssSelector("#timeline .event .event-open")).click();
            return true;
        });
        wait.until(d -> !d.findElements(By.cssSelector("#event-detail .source")).isEmpty());

        new Select(browser.findElement(By.id("article-format"))).selectByValue("text");
        browser.findElement(By.id("article-title")).sendKeys("Bombers strike Brussels airport");
        browser.findElement(By.id("article-published")).sendKeys("03/22/2016");
        browser.findElement(By.id("article-body")).sendKeys(ARTICLE);
        WebElement key = browser.findElement(By.id("api-key"));
        key.clear();
        key.sendKeys(RunningStack.API_KEY);
        browser.findElement(By.id("article-submit")).click();

        wait.until(d -> {
            String accepted = d.findElement(By.id("article-result")).getAttribute("data-article-id");
            return accepted != null && accepted.startsWith("art_");
        });
        // The article's own event: an ATTACK in Brussels (other tests leave raids and arrests in Brussels behind).
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll(\"#timeline .event[data-type='ATTACK']\"))"
                        + ".some(e => e.textContent.includes('Brussels'))")));

        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path saved = Files.copy(shot.toPath(), SCREENSHOTS.resolve("e2e-timeline.png"),
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(saved)).isPositive();
    }
}
