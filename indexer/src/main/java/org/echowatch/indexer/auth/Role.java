package org.echowatch.indexer.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a signed-in user may do; each role includes the ones before it. */
public enum Role {
  /** Reads alerts, stories, search, feeds. */
  VIEWER,
  /** Viewer plus triage of alerts. */
  ANALYST,
  /** Analyst plus saved searches and users. */
  ADMIN;

  /** Whether a user with this role may do what {@code required} may. */
  public boolean includes(Role required) {
    return compareTo(required) >= 0;
  }

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The role named {@code value} ({@code viewer}, {@code analyst}, {@code admin}).
   *
   * @throws IllegalArgumentException naming the allowed roles
   */
  @JsonCreator
  public static Role fromWire(String value) {
    for (Role role : values()) {
      if (role.wireName().equals(value == null ? "" : value.strip().toLowerCase(Locale.ROOT))) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "role must be viewer, analyst or admin, was '" + value + "'");
  }
}
