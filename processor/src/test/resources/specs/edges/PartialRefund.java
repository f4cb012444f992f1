package edges;

import org.codepaygen.annotations.CodePayModel;
import org.codepaygen.annotations.MaxLength;

/** A model extending a model: its own accessors first, then the inherited ones. */
@CodePayModel
public interface PartialRefund extends Refund {
  @MaxLength(64)
  String reason();
}
