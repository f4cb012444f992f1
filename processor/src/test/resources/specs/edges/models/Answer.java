package edges.models;

import java.math.BigDecimal;
import org.codepaygen.annotations.CodePayModel;

/** An answer model in another package than the API using it. */
@CodePayModel
public interface Answer {
  BigDecimal balance();
}
