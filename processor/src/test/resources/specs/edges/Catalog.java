package edges;

import org.codepaygen.annotations.CodePayModel;

/** A model nested in an interface, so implicitly public and static. */
public interface Catalog {
  @CodePayModel
  interface Entry {
    String sku();
  }
}
