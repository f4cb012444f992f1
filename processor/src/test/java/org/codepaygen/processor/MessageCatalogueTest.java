package org.codepaygen.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.codepaygen.processor.validation.Message;
import org.junit.jupiter.api.Test;

/** The error ids are a public contract: unique, stable in form, and all documented. */
class MessageCatalogueTest {
  @Test
  void idsAreUniqueAndPrefixed() {
    assertThat(Arrays.stream(Message.values()).map(Message::id))
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("CodePay[A-Z][A-Za-z]+"));
  }

  @Test
  void everyIdIsListedInTheReadme() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (Message message : Message.values()) {
      assertThat(readme).as(message.name()).contains("`[" + message.id() + "]`");
    }
  }

  @Test
  void formattedTextStartsWithTheIdInBrackets() {
    assertThat(Message.MISSING_ENDPOINT.format("query")).startsWith("[CodePayMissingEndpoint] Method query()");
  }
}
