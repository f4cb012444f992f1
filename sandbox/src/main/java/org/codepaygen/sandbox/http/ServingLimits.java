package org.codepaygen.sandbox.http;

import java.time.Duration;

/**
 * What one client may hold of the sandbox: how long a connection may stay silent, how long a request may take to
 * arrive, and how many connections are served at once. Header and body sizes are fixed ({@link SandboxServer}).
 */
public record ServingLimits(Duration idleTimeout, Duration requestTimeout, int maxConnections) {
  public static final ServingLimits DEFAULTS =
      new ServingLimits(Duration.ofSeconds(30), Duration.ofSeconds(10), 1_000);
}
