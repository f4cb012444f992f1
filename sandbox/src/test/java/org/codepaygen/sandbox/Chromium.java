package org.codepaygen.sandbox;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through chromedriver — Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs — trusting exactly the sandbox's self-signed certificate. One per test class: starting
 * a browser costs about a second.
 *
 * <p>The certificate is trusted by its key ({@code --ignore-certificate-errors-spki-list}, Chromium's switch for a
 * pinned test server): any other certificate error still stops the browser, and the switch only works with a
 * {@code --user-data-dir} of its own, which the browser gets fresh. Selenium's own driver download is never used:
 * both executables are named.
 *
 * <p>Without the browser the tests fail in CI ({@code CI} set) and are skipped elsewhere, saying what to install.
 */
final class Chromium implements AutoCloseable {
  private static final Path BROWSER = Path.of(System.getProperty("codepay.chromium", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(System.getProperty("codepay.chromedriver", "/usr/bin/chromedriver"));

  /**
   * Selenium warns on every start that it has no DevTools binding for this exact Chromium; the tests use WebDriver
   * only. Held here, since java.util.logging keeps loggers weakly.
   */
  private static final Logger SELENIUM_DEVTOOLS = quiet("org.openqa.selenium.devtools");

  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Chromium trusting(String certificatePem) {
    requireInstalled();
    Path profile;
    try {
      profile = Files.createTempDirectory("codepay-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=900,1100", "--lang=en-US",
        "--user-data-dir=" + profile,
        "--ignore-certificate-errors-spki-list=" + spkiSha256(certificatePem));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    return new Chromium(driver, profile);
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Waits until the browser is at {@code url}, after a redirect; polls often, since pages come in milliseconds. */
  void awaitUrl(String url) {
    new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(25))
        .until(ExpectedConditions.urlToBe(url));
  }

  /** Saves what the browser shows to {@code target/screenshots/NAME.png}, for people to look at. */
  Path screenshot(String name) {
    Path file = Path.of("target", "screenshots", name + ".png");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  /** The Base64 SHA-256 of the certificate's SubjectPublicKeyInfo, as Chromium's SPKI list wants it. */
  static String spkiSha256(String certificatePem) {
    try {
      Certificate certificate = CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII)));
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(certificate.getPublicKey().getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void requireInstalled() {
    if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
      return;
    }
    String missing = "Browser tests need " + BROWSER + " and " + DRIVER
        + " (Debian: apt-get install chromium chromium-driver; .ci/run installs them)";
    if (System.getenv("CI") != null) {
      fail(missing);
    }
    // Surefire counts a class aborted before its first test as nothing at all: say it where people look.
    System.err.println("SKIPPED: " + missing);
    Assumptions.abort(missing);
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
