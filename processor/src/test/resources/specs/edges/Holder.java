package edges;

import org.codepaygen.annotations.CodePayModel;

/** A model nested in a class: package-private is enough, since the generated class is its sibling. */
public final class Holder {
  private Holder() {}

  @CodePayModel
  interface Line {
    String sku();

    int quantity();
  }
}
