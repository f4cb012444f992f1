package org.codepaygen.cli.keys;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.codepaygen.cli.CodePayCli;
import org.codepaygen.cli.Output;
import org.codepaygen.runtime.keys.CodePayKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code codepay keys generate}: a new RSA-2048 pair in every form CodePay's docs and portal use. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Makes a new RSA-2048 key pair in every form CodePay uses.",
      "Makes a new RSA-2048 key pair and writes it as NAME-private-pkcs8.pem, NAME-private-pkcs1.pem,"
          + " NAME-private-pkcs8.base64, NAME-public.pem and NAME-public.base64.",
      "Private key files are readable by their owner only. Existing files are never overwritten: if any of the"
          + " five exists, nothing is written.",
      "Give CodePay the public key (NAME-public.base64 is the one line the portal asks for); keep the private"
          + " files secret."
    })
final class GenerateCommand implements Callable<Integer> {
  private static final List<KeyForm> FORMS = List.of(
      KeyForm.PKCS8, KeyForm.PKCS1, KeyForm.PKCS8_BASE64, KeyForm.PUBLIC, KeyForm.PUBLIC_BASE64);

  @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".",
      description = "Where to write. Default: ${DEFAULT-VALUE}.")
  Path dir;

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "merchant",
      description = "The files' name prefix. Default: ${DEFAULT-VALUE}.")
  String name;

  @Mixin Output output;

  @Override
  public Integer call() throws Exception {
    KeyPair pair = generate();
    List<KeyFiles.KeyFile> files = new ArrayList<>();
    for (KeyForm form : FORMS) {
      files.add(new KeyFiles.KeyFile(dir.resolve(fileName(form)).normalize(), form,
          form.write(pair.getPrivate(), pair.getPublic(), null)));
    }
    KeyFiles.writeAll(files);
    LoadedKey written = new LoadedKey(files.get(0).path(), KeyForm.PKCS8.label(), pair.getPrivate(), pair.getPublic());
    String publicBase64 = KeyForm.PUBLIC_BASE64.write(null, pair.getPublic(), null).strip();
    if (output.json()) {
      ObjectNode json = Output.object();
      json.put("bits", written.bits());
      json.put("fingerprint_sha256", written.fingerprint());
      ArrayNode list = json.putArray("files");
      for (KeyFiles.KeyFile file : files) {
        list.addObject()
            .put("path", file.path().toString())
            .put("form", file.form().label())
            .put("private", file.form().secret());
      }
      json.put("public_key_base64", publicBase64);
      output.print(json);
    } else {
      output.out().printf("Wrote a new RSA-%d key pair, public key SHA-256 fingerprint %s:%n",
          written.bits(), written.fingerprint());
      for (KeyFiles.KeyFile file : files) {
        output.out().printf("  %-34s %s%s%n", file.path(), file.form().description(),
            file.form().secret() ? "; private, owner-only" : "");
      }
      output.out().println("Give CodePay the public key; keep the private files secret. The portal's one line:");
      output.out().println(publicBase64);
    }
    return CodePayCli.OK;
  }

  private String fileName(KeyForm form) {
    return switch (form) {
      case PUBLIC -> name + "-public.pem";
      case PUBLIC_BASE64 -> name + "-public.base64";
      case PKCS8_BASE64 -> name + "-private-pkcs8.base64";
      default -> name + "-private-" + form.label() + ".pem";
    };
  }

  private static KeyPair generate() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(CodePayKeys.MIN_RSA_BITS);
    return generator.generateKeyPair();
  }
}
