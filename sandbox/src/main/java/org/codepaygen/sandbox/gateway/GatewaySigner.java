package org.codepaygen.sandbox.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.Map;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.signing.CanonicalForm;
import org.codepaygen.runtime.signing.RequestSigner;
import org.codepaygen.runtime.signing.RsaEngine;

/**
 * Signs what the gateway sends (responses and notifications) with the gateway key, over every top-level member as
 * it will be written (protocol §1). Sign the tree that is then written, never a copy of it.
 */
public final class GatewaySigner {
  private final RequestSigner signer;

  /** Signs on {@link RsaEngine#preferred()}: a native provider when the sandbox has one on its class path. */
  public GatewaySigner(PrivateKey gatewayPrivateKey) {
    this(gatewayPrivateKey, RsaEngine.preferred());
  }

  public GatewaySigner(PrivateKey gatewayPrivateKey, RsaEngine engine) {
    this.signer = new RequestSigner(gatewayPrivateKey, engine);
  }

  /** Adds {@code sign} to {@code members} and returns it. */
  public ObjectNode sign(ObjectNode members) {
    Map<String, String> texts = new LinkedHashMap<>();
    members.properties().forEach(member -> texts.put(member.getKey(), CodePayJson.wireText(member.getValue())));
    members.put("sign", signer.sign(CanonicalForm.of(texts)));
    return members;
  }
}
