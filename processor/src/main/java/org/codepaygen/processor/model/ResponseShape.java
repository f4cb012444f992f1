package org.codepaygen.processor.model;

/** How an endpoint returns its answer. */
public enum ResponseShape {
  /** Blocks and returns the response model. */
  MODEL,
  /** Blocks and returns nothing: the answer is the envelope only. */
  VOID,
  /** Returns at once a {@code CompletableFuture} of the response model. */
  FUTURE,
  /** Returns at once a {@code CompletableFuture<Void>}: the answer is the envelope only. */
  FUTURE_VOID
}
