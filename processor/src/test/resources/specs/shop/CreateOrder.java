package shop;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;
import org.codepaygen.annotations.Pattern;
import org.codepaygen.annotations.Sensitive;
import org.codepaygen.annotations.WireName;

/** An order to push to a payment terminal. */
@CodePayModel
public interface CreateOrder {
  /** The merchant's own order number, unique per merchant. */
  @MaxLength(32)
  @Pattern("[0-9A-Za-z_\\-|*@]+")
  String merchantOrderNo();

  BigDecimal orderAmount();

  TransType transType();

  Optional<String> description();

  @WireName("attach")
  @Sensitive
  @Nullable
  String note();

  List<Item> items();

  Optional<Item> giftItem();
}
