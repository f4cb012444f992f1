package org.codepaygen.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The metadata IDEs complete {@code codepay.*} from, written by spring-boot-configuration-processor: every property
 * of {@link CodePayProperties}, found here by reflection, is there with a description, and those with a default
 * show it.
 */
class ConfigurationMetadataTest {
  /** Properties with no default: required, or optional and empty. */
  private static final Set<String> WITHOUT_DEFAULT = Set.of(
      "codepay.app-id", "codepay.merchant-no", "codepay.store-no", "codepay.merchant-private-key",
      "codepay.merchant-private-key-passphrase", "codepay.gateway-public-key", "codepay.aes-key",
      "codepay.trusted-certificates", "codepay.notifications.path", "codepay.basic-auth.user",
      "codepay.basic-auth.password");

  @Test
  void everyPropertyHasADescriptionAndItsDefault() throws Exception {
    Map<String, JsonNode> metadata = metadata();
    List<String> expected = new ArrayList<>();
    collect("codepay", CodePayProperties.class, expected);

    assertThat(expected).contains(
        "codepay.base-url", "codepay.aes-key", "codepay.metrics.enabled", "codepay.trusted-certificates");
    assertThat(metadata.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    for (String name : expected) {
      JsonNode property = metadata.get(name);
      assertThat(property.path("description").asText()).as(name).hasSizeGreaterThan(20).endsWith(".");
      assertThat(property.has("defaultValue")).as(name + " has a default").isEqualTo(!WITHOUT_DEFAULT.contains(name));
    }
    assertThat(metadata.get("codepay.base-url").get("defaultValue").asText()).isEqualTo("production");
    assertThat(metadata.get("codepay.read-timeout").get("defaultValue").asText()).isEqualTo("30s");
    assertThat(metadata.get("codepay.max-response-size").get("defaultValue").asText()).isEqualTo("1MB");
    assertThat(metadata.get("codepay.upload-timeout").get("defaultValue").asText()).isEqualTo("60s");
  }

  private static Map<String, JsonNode> metadata() throws IOException {
    try (InputStream in = CodePayProperties.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("spring-configuration-metadata.json on the class path").isNotNull();
      Map<String, JsonNode> byName = new HashMap<>();
      for (JsonNode property : new ObjectMapper().readTree(in).get("properties")) {
        byName.put(property.get("name").asText(), property);
      }
      return byName;
    }
  }

  /** Bean properties as Spring binds them: nested groups (no setter) are walked, the rest are leaves. */
  private static void collect(String prefix, Class<?> type, List<String> names) throws Exception {
    for (PropertyDescriptor descriptor : Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors()) {
      String name = prefix + "." + kebab(descriptor.getName());
      if (descriptor.getWriteMethod() == null) {
        collect(name, descriptor.getPropertyType(), names);
      } else {
        names.add(name);
      }
    }
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
  }
}
