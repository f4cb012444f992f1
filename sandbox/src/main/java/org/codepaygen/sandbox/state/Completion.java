package org.codepaygen.sandbox.state;

import java.time.Duration;
import java.util.Objects;

/** Who finishes a new transaction, and when. */
public sealed interface Completion {
  /** The simulated terminal or wallet, once the sandbox's delay has passed on its clock. */
  static Completion afterDelay() {
    return AfterDelay.INSTANCE;
  }

  /** The gateway itself, while answering the request (a merchant checkout with a card that needs no challenge). */
  static Completion atOnce(Outcome outcome) {
    return new AtOnce(Objects.requireNonNull(outcome, "outcome"));
  }

  /**
   * The customer, on the page of a new {@link CustomerSession}; the payment fails with {@code EXPIRED} when
   * nobody paid within {@code expiresIn}.
   *
   * @param returnUrl where the customer's browser goes afterwards, or {@code null} to stay on the sandbox
   * @param orderDetail the {@code order_detail} JSON text for the page to show, or {@code null}
   */
  static ByCustomer byCustomer(SessionKind kind, Duration expiresIn, String returnUrl, String orderDetail) {
    return new ByCustomer(Objects.requireNonNull(kind, "kind"), expiresIn, returnUrl, orderDetail);
  }

  /** See {@link #afterDelay()}. */
  enum AfterDelay implements Completion {
    INSTANCE
  }

  /** See {@link #atOnce(Outcome)}. */
  record AtOnce(Outcome outcome) implements Completion {}

  /** See {@link #byCustomer}. */
  record ByCustomer(SessionKind kind, Duration expiresIn, String returnUrl, String orderDetail)
      implements Completion {
    public ByCustomer {
      if (expiresIn.isNegative() || expiresIn.isZero()) {
        throw new IllegalArgumentException("A payment session must expire after a positive time");
      }
    }
  }
}
