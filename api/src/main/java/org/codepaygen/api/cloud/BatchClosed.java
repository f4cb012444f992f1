package org.codepaygen.api.cloud;

import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;

/** The batch was closed. */
@CodePayModel
public interface BatchClosed {
  /** The settlement summary, as the gateway words it. */
  Optional<String> settleList();
}
