package org.codepaygen.example.modular;

import org.codepaygen.annotations.CodePayApi;
import org.codepaygen.annotations.Endpoint;

/** The one endpoint this application calls. */
@CodePayApi
public interface Terminal {
  @Endpoint("wisehub.cloud.pay.order")
  Pushed push(PushOrder order);
}
