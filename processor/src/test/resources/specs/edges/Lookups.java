package edges;

import edges.models.Answer;
import edges.models.Query;
import org.codepaygen.annotations.Endpoint;
import org.codepaygen.runtime.error.GatewayErrorException;

/** Endpoints that several APIs share; not an API itself. */
public interface Lookups {
  /** Looks an account up; an unchecked exception in the throws clause only documents. */
  @Endpoint("account.query")
  Answer query(Query query) throws GatewayErrorException;
}
