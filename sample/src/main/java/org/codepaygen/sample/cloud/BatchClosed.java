package org.codepaygen.sample.cloud;

import java.util.Optional;
import org.codepaygen.annotations.CodePayModel;

/** The gateway's answer to a batch close. */
@CodePayModel
public interface BatchClosed {
  /** The settlement summary, as the gateway words it. */
  Optional<String> settleList();
}
