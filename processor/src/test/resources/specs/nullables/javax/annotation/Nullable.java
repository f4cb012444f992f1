package javax.annotation;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stands in for JSR 305's annotation: same name and retention, no target (any declaration). */
@Retention(RetentionPolicy.RUNTIME)
public @interface Nullable {}
