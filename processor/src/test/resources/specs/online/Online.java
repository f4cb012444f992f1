package online;

import java.util.concurrent.CompletableFuture;
import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.annotations.Endpoint;

/** Online payments and uploads. */
@CodePayApi
public interface Online {
  /** Opens a hosted checkout page. */
  @Endpoint("pay.checkout")
  CheckoutPage checkout(Checkout checkout);

  /** Uploads an image. */
  @Endpoint("file.upload")
  FileUploaded upload(ImageUpload image);

  @Endpoint("tally.report")
  CompletableFuture<Void> report(Tally tally);
}
