package edges;

import org.codepaygen.annotations.CodePayModel;

/** {@code @Nullable} from each common library makes a property optional, as a type-use or a method annotation. */
@CodePayModel
public interface Notes {
  String id();

  @org.jspecify.annotations.Nullable String jspecify();

  @javax.annotation.Nullable
  String jsr305();

  @org.jetbrains.annotations.Nullable
  String jetbrains();

  @org.checkerframework.checker.nullness.qual.Nullable String checker();
}
