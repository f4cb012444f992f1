package org.codepaygen.cli.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.codepaygen.cli.CodePayCli;
import org.codepaygen.cli.Output;
import org.codepaygen.cli.PrivateKeyOptions;
import org.codepaygen.cli.Refused;
import org.codepaygen.runtime.CodePayClient;
import org.codepaygen.runtime.Language;
import org.codepaygen.runtime.VerifiedAnswer;
import org.codepaygen.runtime.error.CodePayException;
import org.codepaygen.runtime.error.GatewayErrorException;
import org.codepaygen.runtime.json.CodePayJson;
import org.codepaygen.runtime.keys.CodePayKeys;
import org.codepaygen.sandbox.CodePaySandbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codepay call}: one signed request through the runtime, its answer verified and printed. */
@Command(
    name = "call",
    mixinStandardHelpOptions = true,
    description = {
      "Sends one signed request and prints the verified answer with its psn.",
      "Sends one signed request of METHOD with the parameters given, through the runtime's client (strict TLS,"
          + " no automatic re-send), verifies the answer with the gateway public key and prints its data and psn.",
      "Parameters: name=value sends a string, name:=value a JSON value (name:=1, name:=34.50); a --params file"
          + " gives a JSON object of them. The envelope (app_id, timestamp, sign, ...) is added for you.",
      "With the local sandbox (the default, https://localhost:8443/) the files and ids `codepay sandbox` uses"
          + " are the defaults: sandbox-cert.pem, gateway-public.pem and the sandbox's app_id and merchant_no."
    })
public final class CallCommand implements Callable<Integer> {
  static final String LOCAL = "https://localhost:8443/";

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "METHOD", description = "The gateway method, such as order.query.")
  String method;

  @Parameters(index = "1..*", paramLabel = "PARAM",
      description = "name=value or name:=json, e.g. merchant_order_no=A1.")
  List<String> params = new ArrayList<>();

  @Option(names = "--params", paramLabel = "FILE", description = "A JSON object of parameters; PARAMs are added to it.")
  Path paramsFile;

  @Option(names = "--base-url", paramLabel = "URL", defaultValue = "local",
      description = "production, sandbox (CodePay's hosted test gateway), local (" + LOCAL + ") or a URL."
          + " Default: ${DEFAULT-VALUE}.")
  String baseUrl;

  @Option(names = "--app-id", paramLabel = "ID", description = "Your app id; the sandbox's for a loopback URL.")
  String appId;

  @Option(names = "--merchant-no", paramLabel = "NO",
      description = "Sent as merchant_no; the sandbox's for a loopback URL.")
  String merchantNo;

  @Option(names = "--store-no", paramLabel = "NO", description = "Sent as store_no when given.")
  String storeNo;

  @Mixin PrivateKeyOptions key;

  @Option(names = "--gateway-key", paramLabel = "FILE",
      description = "The gateway public key answers must verify with; gateway-public.pem for a loopback URL.")
  Path gatewayKey;

  @Option(names = "--trust-certificate", paramLabel = "FILE",
      description = "A PEM certificate to trust beside the JDK's (host names are still checked);"
          + " sandbox-cert.pem for a loopback URL.")
  Path trustCertificate;

  @Option(names = "--language", paramLabel = "TAG", defaultValue = "en-US",
      description = "Language of the gateway's messages: en-US, zh-CN, ja-JP or fr-FR. Default: ${DEFAULT-VALUE}.")
  String language;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Connect, write and read timeout each. Default: ${DEFAULT-VALUE}.")
  int timeoutSeconds;

  @Mixin Output output;

  @Override
  public Integer call() throws Exception {
    String url = resolve(baseUrl);
    boolean local = isLoopback(url);
    CodePayClient.Builder builder = CodePayClient.builder()
        .baseUrl(url)
        .appId(required(appId, local ? CodePaySandbox.DEFAULT_APP_ID : null, "--app-id"))
        .merchantNo(merchantNo != null || !local ? merchantNo : CodePaySandbox.DEFAULT_MERCHANT_NO)
        .storeNo(storeNo)
        .merchantPrivateKey(key.load())
        .gatewayPublicKey(CodePayKeys.publicKey(
            Path.of(required(gatewayKey == null ? null : gatewayKey.toString(), local ? "gateway-public.pem" : null,
                "--gateway-key"))))
        .language(Language.fromTag(language).orElseThrow(() -> new ParameterException(spec.commandLine(),
            "--language must be en-US, zh-CN, ja-JP or fr-FR, was " + language)))
        .timeout(Duration.ofSeconds(timeoutSeconds));
    Path trust = trustCertificate != null ? trustCertificate : local ? Path.of("sandbox-cert.pem") : null;
    if (trust != null) {
      builder.trustCertificatePem(Files.readString(trust, StandardCharsets.US_ASCII));
    }
    ObjectNode parameters = parameters();
    try (CodePayClient client = builder.build()) {
      VerifiedAnswer answer = client.call(method, parameters);
      print(url, answer);
      return CodePayCli.OK;
    } catch (CodePayException e) {
      print(e);
      return CodePayCli.REFUSED;
    }
  }

  private void print(String url, VerifiedAnswer answer) {
    if (output.json()) {
      ObjectNode json = Output.object();
      json.put("ok", true);
      json.put("psn", answer.psn());
      json.set("data", answer.data());
      output.print(json);
    } else {
      output.out().println("Verified answer from " + url + " to " + method + ", psn " + answer.psn() + ":");
      output.out().println(answer.data() == null ? "(no data)" : Output.pretty(answer.data()));
      output.out().flush();
    }
  }

  private void print(CodePayException e) {
    if (output.json()) {
      ObjectNode json = Output.object();
      json.put("ok", false);
      json.put("error", e.getClass().getSimpleName());
      if (e instanceof GatewayErrorException gateway) {
        json.put("code", gateway.code());
        json.put("msg", gateway.gatewayMessage());
        json.put("http_status", gateway.httpStatus());
      }
      json.put("psn", e.psn());
      json.put("message", e.getMessage());
      json.put("safe_to_retry", e.isSafeToRetry());
      output.print(json);
    } else {
      spec.commandLine().getErr().println("codepay call: " + e.getMessage());
      spec.commandLine().getErr().println(e.isSafeToRetry()
          ? "It did not take effect; it is safe to send again once corrected."
          : "Its outcome is not known: query the order before sending anything again.");
    }
  }

  /** The parameters of the --params file, then of the PARAM arguments, in that order. */
  private ObjectNode parameters() throws IOException {
    ObjectNode parameters = CodePayJson.mapper().createObjectNode();
    if (paramsFile != null) {
      JsonNode file = CodePayJson.mapper().readTree(paramsFile.toFile());
      if (!(file instanceof ObjectNode object)) {
        throw new Refused(paramsFile + " must hold one JSON object of parameters");
      }
      parameters.setAll(object);
    }
    for (String param : params) {
      int equals = param.indexOf('=');
      if (equals < 1) {
        throw new ParameterException(spec.commandLine(), "'" + param + "' is not name=value or name:=json");
      }
      if (param.charAt(equals - 1) == ':') {
        parameters.set(param.substring(0, equals - 1), json(param.substring(equals + 1), param));
      } else {
        parameters.put(param.substring(0, equals), param.substring(equals + 1));
      }
    }
    return parameters;
  }

  private JsonNode json(String text, String param) {
    try {
      return CodePayJson.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new ParameterException(spec.commandLine(), "'" + param + "': the value after := is not JSON");
    }
  }

  private String required(String given, String localDefault, String option) {
    if (given != null) {
      return given;
    }
    if (localDefault != null) {
      return localDefault;
    }
    throw new ParameterException(spec.commandLine(), option + " is required for " + baseUrl);
  }

  private static String resolve(String baseUrl) {
    return switch (baseUrl) {
      case "production" -> CodePayClient.PRODUCTION;
      case "sandbox" -> CodePayClient.SANDBOX;
      case "local" -> LOCAL;
      default -> baseUrl;
    };
  }

  private static boolean isLoopback(String url) {
    return url.matches("https://(localhost|127\\.0\\.0\\.1)(:\\d+)?/?");
  }
}
