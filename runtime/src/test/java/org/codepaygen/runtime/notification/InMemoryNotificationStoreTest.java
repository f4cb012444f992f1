package org.codepaygen.runtime.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codepaygen.runtime.notification.NotificationStore.Claim.ALREADY_PROCESSED;
import static org.codepaygen.runtime.notification.NotificationStore.Claim.CLAIMED;
import static org.codepaygen.runtime.notification.NotificationStore.Claim.IN_PROGRESS;

import org.junit.jupiter.api.Test;

class InMemoryNotificationStoreTest extends NotificationStoreContract {
  @Override
  NotificationStore newStore() {
    return new InMemoryNotificationStore();
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
