package online;

import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;
import org.codepaygen.annotations.CodePayGenerated;
import org.codepaygen.annotations.Endpoint;
import org.codepaygen.runtime.Acknowledgement;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.error.ValidationException;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * Online payments and uploads.
 *
 * <p>The CodePay client for {@link Online}, generated from its annotations. Get one with
 * {@code codePayClient.create(Online.class)}. Every call checks its request against CodePay's rules
 * before anything is signed or sent.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
public final class CodePay_Online implements Online {
  private final Service service;

  /**
   * Creates the client on the signed transport of {@code client}. Prefer
   * {@code client.create(Online.class)}, which calls this constructor.
   */
  public CodePay_Online(CodePayClient client) {
    this.service = client.service(Service.class);
  }

  /**
   * Opens a hosted checkout page.
   */
  @Override
  public CheckoutPage checkout(Checkout checkout) {
    return service.checkout(ImmutableCheckout.copyOf(checkout));
  }

  /**
   * Uploads an image.
   */
  @Override
  public FileUploaded upload(ImageUpload image) {
    return service.upload(ImmutableImageUpload.copyOf(image));
  }

  @Override
  public CompletableFuture<Void> report(Tally tally) {
    ImmutableTally checkedTally;
    try {
      checkedTally = ImmutableTally.copyOf(tally);
    } catch (ValidationException e) {
      return CompletableFuture.failedFuture(e);
    }
    return service.report(checkedTally).thenApply(acknowledgement -> null);
  }

  /**
   * The Retrofit view of {@link Online}: each endpoint is a signed POST to {@code api/entry}, an upload a signed
   * multipart POST to {@code api/file/upload}.
   */
  interface Service {
    @POST("api/entry")
    @Endpoint("pay.checkout")
    CheckoutPage checkout(@Body ImmutableCheckout checkout);

    @POST("api/file/upload")
    @Endpoint("file.upload")
    FileUploaded upload(@Body ImmutableImageUpload image);

    @POST("api/entry")
    @Endpoint("tally.report")
    CompletableFuture<Acknowledgement> report(@Body ImmutableTally tally);
  }
}
