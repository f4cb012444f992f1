package online;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;

/** The order_detail of a checkout: plain JSON inside its JSON-encoded string. */
@CodePayModel
public interface OrderDetail {
  String type();

  Data data();

  @CodePayModel
  interface Data {
    List<Item> items();

    Optional<Regions> shipping();
  }

  @CodePayModel
  interface Item {
    String code();

    int quantity();

    BigDecimal unitPrice();

    String name();
  }

  @CodePayModel
  interface Regions {
    List<String> allowRegions();
  }
}
