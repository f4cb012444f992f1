package online;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;
import org.jspecify.annotations.Nullable;

/** Lists of numbers at the top level of a body. */
@CodePayModel
public interface Tally {
  List<Integer> counts();

  List<BigDecimal> amounts();

  Optional<List<Long>> serials();

  @Nullable
  List<String> labels();
}
