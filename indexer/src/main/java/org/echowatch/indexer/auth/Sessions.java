package org.echowatch.indexer.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in sessions, in memory: a restart signs everyone out. Each session has a random id (the
 * cookie) and its own random CSRF token. Idle sessions expire. Thread-safe.
 */
public final class Sessions {

  /**
   * One signed-in user.
   *
   * @param id the cookie value
   * @param user user name
   * @param role the user's role at sign-in
   * @param csrfToken what state-changing calls must echo in {@code X-CSRF-Token}
   * @param lastSeen last use, for expiry
   */
  public record Session(String id, String user, Role role, String csrfToken, Instant lastSeen) {}

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Duration idleTimeout;
  private final Clock clock;

  public Sessions(Duration idleTimeout, Clock clock) {
    this.idleTimeout = idleTimeout;
    this.clock = clock;
  }

  /** Opens a session for {@code user}. */
  public Session open(String user, Role role) {
    var session =
        new Session(
            PasswordHasher.randomToken(32),
            user,
            role,
            PasswordHasher.randomToken(32),
            clock.instant());
    sessions.put(session.id(), session);
    sessions.values().removeIf(this::expired);
    return session;
  }

  /** The live session with {@code id}, marked as used now; empty when unknown or expired. */
  public Optional<Session> touch(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session s = sessions.get(id);
    if (s == null) {
      return Optional.empty();
    }
    if (expired(s)) {
      sessions.remove(id);
      return Optional.empty();
    }
    Session touched = new Session(s.id(), s.user(), s.role(), s.csrfToken(), clock.instant());
    sessions.put(id, touched);
    return Optional.of(touched);
  }

  /** Ends the session with {@code id}, if any. */
  public void close(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  private boolean expired(Session s) {
    return s.lastSeen().plus(idleTimeout).isBefore(clock.instant());
  }
}
