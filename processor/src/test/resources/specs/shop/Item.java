package shop;

import java.math.BigDecimal;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;

/** One line of an order. */
@CodePayModel
public interface Item {
  @MaxLength(64)
  String name();

  int quantity();

  BigDecimal price();
}
