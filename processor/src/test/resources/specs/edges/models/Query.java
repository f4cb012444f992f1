package edges.models;

import org.codepaygen.annotations.CodePayModel;

/** A request model in another package than the API using it. */
@CodePayModel
public interface Query {
  String accountNo();
}
