package org.codepaygen.runtime.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codepaygen.runtime.notification.NotificationStore.Claim.ALREADY_PROCESSED;
import static org.codepaygen.runtime.notification.NotificationStore.Claim.CLAIMED;
import static org.codepaygen.runtime.notification.NotificationStore.Claim.IN_PROGRESS;

import org.junit.jupiter.api.Test;

class InMemoryNotificationStoreTest {
  @Test
  void claimIsHeldUntilCompletedThenRecognised() {
    InMemoryNotificationStore store = new InMemoryNotificationStore();

    assertThat(store.claim("t1/2")).isEqualTo(CLAIMED);
    assertThat(store.claim("t1/2")).isEqualTo(IN_PROGRESS);
    store.complete("t1/2");
    assertThat(store.claim("t1/2")).isEqualTo(ALREADY_PROCESSED);
    assertThat(store.claim("t1/1")).isEqualTo(CLAIMED);
  }

  @Test
  void releasedClaimCanBeClaimedAgainButAProcessedOneIsNotReleased() {
    InMemoryNotificationStore store = new InMemoryNotificationStore();
    store.claim("t1/2");
    store.release("t1/2");
    assertThat(store.claim("t1/2")).isEqualTo(CLAIMED);

    store.complete("t1/2");
    store.release("t1/2");
    assertThat(store.claim("t1/2")).isEqualTo(ALREADY_PROCESSED);
  }

  @Test
  void keepsAtMostMaxKeysForgettingTheOldestProcessedFirst() {
    InMemoryNotificationStore store = new InMemoryNotificationStore(3);
    store.claim("in-progress");
    for (int i = 0; i < 5; i++) {
      store.claim("done-" + i);
      store.complete("done-" + i);
    }

    assertThat(store.size()).isEqualTo(3);
    assertThat(store.claim("in-progress")).isEqualTo(IN_PROGRESS);
    assertThat(store.claim("done-4")).isEqualTo(ALREADY_PROCESSED);
    assertThat(store.claim("done-0")).isEqualTo(CLAIMED);
  }
}
