package edges;

import edges.models.Answer;
import edges.models.ImmutableQuery;
import edges.models.Query;
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
 * An API extending another interface: the inherited endpoints are implemented too. Its models live elsewhere.
 *
 * <p>The CodePay client for {@link Account}, generated from its annotations. Get one with
 * {@code codePayClient.create(Account.class)}. Every call checks its request against CodePay's rules
 * before anything is signed or sent.
 */
@Generated("org.codepaygen.processor.CodePayProcessor")
@CodePayGenerated
public final class CodePay_Account implements Account {
  private final Service service;

  /**
   * Creates the client on the signed transport of {@code client}. Prefer
   * {@code client.create(Account.class)}, which calls this constructor.
   */
  public CodePay_Account(CodePayClient client) {
    this.service = client.service(Service.class);
  }

  @Override
  public CompletableFuture<Void> close(Query query) {
    ImmutableQuery checkedQuery;
    try {
      checkedQuery = ImmutableQuery.copyOf(query);
    } catch (ValidationException e) {
      return CompletableFuture.failedFuture(e);
    }
    return service.close(checkedQuery).thenApply(acknowledgement -> null);
  }

  /**
   * Looks an account up; an unchecked exception in the throws clause only documents.
   */
  @Override
  public Answer query(Query query) {
    return service.query(ImmutableQuery.copyOf(query));
  }

  /**
   * The Retrofit view of {@link Account}: each endpoint is a signed POST to {@code api/entry}.
   */
  interface Service {
    @POST("api/entry")
    @Endpoint("account.close")
    CompletableFuture<Acknowledgement> close(@Body ImmutableQuery query);

    @POST("api/entry")
    @Endpoint("account.query")
    Answer query(@Body ImmutableQuery query);
  }
}
