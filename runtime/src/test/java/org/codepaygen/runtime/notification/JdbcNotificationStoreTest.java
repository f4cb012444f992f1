package org.codepaygen.runtime.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.codepaygen.runtime.notification.NotificationStore.Claim.ALREADY_PROCESSED;
import static org.codepaygen.runtime.notification.NotificationStore.Claim.CLAIMED;
import static org.codepaygen.runtime.notification.NotificationStore.Claim.IN_PROGRESS;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC store against a real SQL database, H2 in memory: no mock. */
class JdbcNotificationStoreTest extends NotificationStoreContract {
  private JdbcDataSource database;

  @BeforeEach
  void createDatabase() throws SQLException {
    database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:notify-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(JdbcNotificationStore.CREATE_TABLE);
    }
  }

  @Override
  NotificationStore newStore() {
    return new JdbcNotificationStore(database);
  }

  @Test
  void eightServersClaimingTheSameKeyAtOnceAgreeOnOne() throws Exception {
    ExecutorService servers = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<NotificationStore.Claim>> claims = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        // A store per thread, as each server of a back end would have its own, sharing the database.
        JdbcNotificationStore store = new JdbcNotificationStore(database);
        Callable<NotificationStore.Claim> claim = () -> {
          start.await();
          return store.claim("t1/2");
        };
        claims.add(servers.submit(claim));
      }
      start.countDown();
      List<NotificationStore.Claim> results = new ArrayList<>();
      for (Future<NotificationStore.Claim> claim : claims) {
        results.add(claim.get(10, TimeUnit.SECONDS));
      }

      assertThat(results).containsOnlyOnce(CLAIMED).hasSize(8);
      assertThat(results).filteredOn(r -> r != CLAIMED).containsOnly(IN_PROGRESS);
    } finally {
      servers.shutdownNow();
    }
  }

  @Test
  void claimOfAServerThatDiedIsTakenOverAfterTheLease() {
    Instant t0 = Instant.parse("2026-11-26T07:00:00Z");
    Duration lease = Duration.ofMinutes(1);
    new JdbcNotificationStore(database, lease, Clock.fixed(t0, ZoneOffset.UTC)).claim("t1/2");

    JdbcNotificationStore soon = new JdbcNotificationStore(database, lease, Clock.fixed(t0.plusSeconds(59),
        ZoneOffset.UTC));
    JdbcNotificationStore later = new JdbcNotificationStore(database, lease, Clock.fixed(t0.plusSeconds(61),
        ZoneOffset.UTC));

    assertThat(soon.claim("t1/2")).isEqualTo(IN_PROGRESS);
    assertThat(later.claim("t1/2")).isEqualTo(CLAIMED);
    assertThat(later.claim("t1/2")).isEqualTo(IN_PROGRESS);
    later.complete("t1/2");
    assertThat(soon.claim("t1/2")).isEqualTo(ALREADY_PROCESSED);
  }

  @Test
  void missingTableIsAClearFailure() throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE codepay_notification");
    }
    JdbcNotificationStore store = new JdbcNotificationStore(database);

    assertThatThrownBy(() -> store.claim("t1/2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The notification store could not claim a delivery key")
        .hasCauseInstanceOf(SQLException.class);
  }
}
