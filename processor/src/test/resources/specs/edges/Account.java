package edges;

import edges.models.Query;
import java.util.concurrent.CompletableFuture;
import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.annotations.Endpoint;

/** An API extending another interface: the inherited endpoints are implemented too. Its models live elsewhere. */
@CodePayApi
public interface Account extends Lookups {
  @Endpoint("account.close")
  CompletableFuture<Void> close(Query query);
}
