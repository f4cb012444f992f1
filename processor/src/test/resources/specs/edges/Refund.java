package edges;

import java.math.BigDecimal;
import org.codepaygen.annotations.CodePayModel;

/** Default and static methods are not properties, and a default method overriding a parent's accessor hides it. */
@CodePayModel
public interface Refund extends Keyed<String> {
  BigDecimal amount();

  @Override
  default String label() {
    return "refund " + key();
  }

  static Refund of(String key, BigDecimal amount) {
    return ImmutableRefund.builder().key(key).amount(amount).build();
  }
}
