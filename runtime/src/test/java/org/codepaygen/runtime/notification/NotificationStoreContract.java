package org.codepaygen.runtime.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codepaygen.runtime.notification.NotificationStore.Claim.ALREADY_PROCESSED;
import static org.codepaygen.runtime.notification.NotificationStore.Claim.CLAIMED;
import static org.codepaygen.runtime.notification.NotificationStore.Claim.IN_PROGRESS;

import org.junit.jupiter.api.Test;

/** What every {@link NotificationStore} does; each implementation's test extends this. */
abstract class NotificationStoreContract {
  /** A new, empty store. */
  abstract NotificationStore newStore();

  @Test
  void claimIsHeldUntilCompletedThenRecognised() {
    NotificationStore store = newStore();

    assertThat(store.claim("t1/2")).isEqualTo(CLAIMED);
    assertThat(store.claim("t1/2")).isEqualTo(IN_PROGRESS);
    store.complete("t1/2");
    assertThat(store.claim("t1/2")).isEqualTo(ALREADY_PROCESSED);
    assertThat(store.claim("t1/1")).isEqualTo(CLAIMED);
  }

  @Test
  void releasedClaimCanBeClaimedAgainButAProcessedOneIsNotReleased() {
    NotificationStore store = newStore();
    store.claim("t1/2");
    store.release("t1/2");
    assertThat(store.claim("t1/2")).isEqualTo(CLAIMED);

    store.complete("t1/2");
    store.release("t1/2");
    assertThat(store.claim("t1/2")).isEqualTo(ALREADY_PROCESSED);
  }
}
