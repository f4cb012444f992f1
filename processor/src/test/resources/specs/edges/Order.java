package edges;

import java.math.BigDecimal;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;
import org.codepaygen.annotations.WireName;

/** JavaBeans accessors: since every accessor has a get or is prefix, the prefixes are dropped. */
@CodePayModel
public interface Order {
  /** The merchant's own order number. */
  @MaxLength(32)
  String getMerchantOrderNo();

  BigDecimal getOrderAmount();

  String getOrderID();

  boolean isPaid();

  Boolean isSettled();

  Optional<String> getDescription();

  @WireName("attach")
  Optional<String> getNote();
}
