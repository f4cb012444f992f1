package org.codepaygen.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start-up that failed on a {@code codepay.*} property: which one, what is wrong, and how to mend it. */
class CodePayPropertyFailureAnalyzer extends AbstractFailureAnalyzer<CodePayPropertyException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, CodePayPropertyException cause) {
    String description = "The CodePay client could not be built: the property " + cause.property() + " "
        + cause.problem() + ".";
    return new FailureAnalysis(description, action(cause.property()), cause);
  }

  private static String action(String property) {
    return switch (property) {
      case "codepay.merchant-private-key" -> "Set codepay.merchant-private-key to the merchant's RSA private key "
          + "(2048 bits or more): a location such as file:/etc/codepay/merchant-private.pem, or the PEM or Base64 "
          + "text, for example from the environment variable CODEPAY_MERCHANTPRIVATEKEY. If the PEM is encrypted, "
          + "also set codepay.merchant-private-key-passphrase.";
      case "codepay.gateway-public-key" -> "Set codepay.gateway-public-key to the gateway's RSA public key that "
          + "CodePay gave you: a location such as classpath:codepay/gateway-public.pem, or its PEM or Base64 text.";
      case "codepay.aes-key" -> "Set codepay.aes-key to the app's AES-256 key CodePay gave you for card data: the "
          + "standard Base64 of its 32 bytes (44 characters), for example from the environment variable "
          + "CODEPAY_AESKEY, or a location such as file:/etc/codepay/aes-key.txt holding it. Without it, cards are "
          + "encrypted with the gateway public key (RSA).";
      case "codepay.base-url" -> "Set codepay.base-url to production, sandbox or an https:// URL.";
      case "codepay.notifications.path" -> "Define a bean implementing NotificationListener that records each "
          + "notification, and give codepay.notifications.path as a path such as /codepay/notifications; or remove "
          + "codepay.notifications.path to go without the endpoint.";
      case "codepay.app-id" -> "Set codepay.app-id to the app id CodePay issued (at most 32 characters).";
      default -> property.startsWith("codepay.trusted-certificates")
          ? "Give each entry of codepay.trusted-certificates as a location or the text of a PEM certificate."
          : "Correct " + property + " in your application properties or environment.";
    };
  }
}
