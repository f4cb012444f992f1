package shop;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stands for any {@code Nullable} annotation: the processor matches by simple name only. */
@Retention(RetentionPolicy.CLASS)
public @interface Nullable {}
