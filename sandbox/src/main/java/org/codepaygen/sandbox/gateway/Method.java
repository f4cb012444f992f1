package org.codepaygen.sandbox.gateway;

import java.util.List;

/** An API method: its business parameters, checked in order, and what carries it out. */
record Method(String name, List<Field> fields, MethodHandler handler) {
  void checkFields(WireRequest request) throws GatewayException {
    for (Field field : fields) {
      field.check(request);
    }
  }
}
