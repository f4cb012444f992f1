package shop;

import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;

@CodePayModel
public interface OrderQuery {
  @MaxLength(32)
  String merchantOrderNo();

  Optional<String> transNo();
}
