package org.codepaygen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;

/**
 * The page of a {@code qrcode_url} in headless Chromium: the QR code as the browser draws it is read back with
 * ZXing and leads to the payment the page shows; the simulated scan pays it.
 */
class QrCodeBrowserTest {
  private static OnlineShop shop;
  private static Chromium chromium;
  private static WebDriver browser;

  @BeforeAll
  static void start() {
    shop = new OnlineShop();
    chromium = Chromium.trusting(shop.sandbox.certificatePem());
    browser = chromium.driver();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    shop.close();
  }

  @Test
  void theQrCodeReadsBackAsThePaymentItShowsAndTheSimulatedScanPaysIt() throws Exception {
    String orderNo = "qr-" + System.nanoTime() % 1_000_000;
    JsonNode created = shop.created("cscanb.pay.getqrcode", Map.of(
        "merchant_order_no", orderNo, "price_currency", "USD", "order_amount", new BigDecimal("8.80"),
        "description", "Flat white"));
    String qrCodeUrl = created.path("qrcode_url").asText();

    browser.get(qrCodeUrl);
    chromium.screenshot("qr-code");
    byte[] drawn = browser.findElement(By.cssSelector("svg.qr")).getScreenshotAs(OutputType.BYTES);
    String scanned = read(ImageIO.read(new ByteArrayInputStream(drawn)));
    assertThat(scanned).isEqualTo(qrCodeUrl);
    assertThat(browser.findElement(By.id("trans-no")).getText()).isEqualTo(created.path("trans_no").asText());
    assertThat(browser.findElement(By.id("amount")).getText()).isEqualTo("USD 8.80");
    assertThat(browser.findElement(By.id("order-no")).getText()).isEqualTo(orderNo);

    browser.findElement(By.id("simulate-scan")).click();

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Payment completed");
    JsonNode order = shop.query(orderNo);
    assertThat(order.path("trans_status").asInt()).isEqualTo(2);
    assertThat(shop.notification(created.path("trans_no").asText()).path("trans_status").asInt()).isEqualTo(2);
    browser.get(qrCodeUrl);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This order has already been paid");
    assertThat(shop.client.open(qrCodeUrl).statusCode()).isEqualTo(409);
  }

  private static String read(BufferedImage image) throws Exception {
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
        .getText();
  }
}
