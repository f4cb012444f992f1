package org.codepaygen.sandbox.pages;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A QR code made by ZXing, drawn as one SVG path of unit squares (the page needs no image and the policy allows
 * none). The matrix includes ZXing's quiet zone of four modules.
 */
final class QrCodeSvg {
  private static final int QUIET_ZONE = 4;

  private final BitMatrix matrix;

  private QrCodeSvg(BitMatrix matrix) {
    this.matrix = matrix;
  }

  static QrCodeSvg of(String contents) {
    try {
      return new QrCodeSvg(new QRCodeWriter().encode(contents, BarcodeFormat.QR_CODE, 0, 0, Map.of(
          EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
          EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
          EncodeHintType.MARGIN, QUIET_ZONE)));
    } catch (WriterException e) {
      throw new IllegalArgumentException("The QR code's contents do not fit in a QR code", e);
    }
  }

  /** Writes {@code <svg>}, {@code pixels} wide and high, with {@code label} as its accessible name. */
  void writeTo(Html html, int pixels, String label) {
    int size = matrix.getWidth();
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (matrix.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "qr", "role", "img", "aria-label", label,
            "width", Integer.toString(pixels), "height", Integer.toString(pixels),
            "viewBox", "0 0 " + size + " " + size, "shape-rendering", "crispEdges")
        .open("rect", "width", Integer.toString(size), "height", Integer.toString(size), "fill", "#fff")
        .close("rect")
        .open("path", "d", path.toString(), "fill", "#000")
        .close("path")
        .close("svg");
  }
}
