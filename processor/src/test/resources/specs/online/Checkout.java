package online;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;

/** A hosted checkout page (pay.checkout). */
@CodePayModel
public interface Checkout {
  @MaxLength(32)
  String merchantOrderNo();

  String priceCurrency();

  BigDecimal orderAmount();

  String description();

  /** Free key-value pairs, sent as a JSON-encoded string. */
  Optional<Map<String, String>> extParams();

  /** The goods and the allowed regions, sent as a JSON-encoded string. */
  Optional<OrderDetail> orderDetail();
}
