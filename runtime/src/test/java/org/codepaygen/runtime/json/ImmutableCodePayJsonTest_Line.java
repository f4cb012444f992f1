package org.codepaygen.runtime.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;

/** Stands in for the class the processor would generate for {@link CodePayJsonTest.Line}. */
@JsonDeserialize(builder = ImmutableCodePayJsonTest_Line.Builder.class)
final class ImmutableCodePayJsonTest_Line implements CodePayJsonTest.Line {
  @JsonProperty("name") private final String name;

  ImmutableCodePayJsonTest_Line(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @JsonPOJOBuilder(withPrefix = "")
  static final class Builder {
    private String name;

    @JsonProperty("name")
    Builder name(String name) {
      this.name = name;
      return this;
    }

    ImmutableCodePayJsonTest_Line build() {
      return new ImmutableCodePayJsonTest_Line(name);
    }
  }
}
