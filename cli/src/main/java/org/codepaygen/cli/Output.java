package org.codepaygen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.codepaygen.runtime.json.CodePayJson;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --json} and the command's output stream: text for people, one JSON document for programs. */
public final class Output {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON document instead of text, for programs.")
  boolean json;

  /** Whether {@code --json} was given. */
  public boolean json() {
    return json;
  }

  /** The command's standard output. */
  public PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** A new JSON object to fill and {@link #print}. */
  public static ObjectNode object() {
    return CodePayJson.mapper().createObjectNode();
  }

  /** Prints {@code document} as indented JSON. */
  public void print(JsonNode document) {
    out().println(pretty(document));
    out().flush();
  }

  /** {@code node} as indented JSON. */
  public static String pretty(JsonNode node) {
    try {
      return CodePayJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree could not be written", e);
    }
  }
}
