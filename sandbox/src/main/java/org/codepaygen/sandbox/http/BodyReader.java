package org.codepaygen.sandbox.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request's body as it arrives, without holding a thread while the client is silent, up to a size limit.
 * The future fails with {@link TooLarge} past the limit, or with the read's failure (a timeout, a reset).
 */
final class BodyReader implements Runnable {
  private final Request request;
  private final int maxBytes;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();

  private BodyReader(Request request, int maxBytes) {
    this.request = request;
    this.maxBytes = maxBytes;
  }

  /** Starts reading; the future completes when the last byte has arrived or the read has failed. */
  static CompletableFuture<byte[]> read(Request request, int maxBytes) {
    BodyReader reader = new BodyReader(request, maxBytes);
    reader.run();
    return reader.body;
  }

  /** Reads what has arrived, then asks to be called again when more does. */
  @Override
  public void run() {
    while (!body.isDone()) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        request.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        body.completeExceptionally(chunk.getFailure());
        return;
      }
      ByteBuffer buffer = chunk.getByteBuffer();
      if (bytes.size() + buffer.remaining() > maxBytes) {
        chunk.release();
        body.completeExceptionally(new TooLarge());
        return;
      }
      byte[] part = new byte[buffer.remaining()];
      buffer.get(part);
      bytes.writeBytes(part);
      chunk.release();
      if (chunk.isLast()) {
        body.complete(bytes.toByteArray());
      }
    }
  }

  /** The body went past the limit. */
  static final class TooLarge extends Exception {
    TooLarge() {
      super("The request body is larger than allowed", null, false, false);
    }
  }
}
