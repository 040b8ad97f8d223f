package org.echowatch.indexer.auth;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.echowatch.common.Json;
import org.echowatch.indexer.JsonFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users of the watch floor, kept in {@code <data dir>/users.json} with salted PBKDF2 hashes. No
 * default password ships: the first start creates {@code admin} with the configured password or
 * with a random one written to {@code <data dir>/admin-password.txt} (owner-only) and logged by
 * path, never by value. Thread-safe.
 */
public final class UserStore {

  private static final Logger LOG = LoggerFactory.getLogger(UserStore.class);
  private static final int MIN_PASSWORD = 8;
  private static final PasswordHasher.Hashed DUMMY = PasswordHasher.hash("not-a-real-password");

  /**
   * One user as stored.
   *
   * @param username sign-in name
   * @param role what the user may do
   * @param password salted hash
   * @param createdAt when the user was added
   */
  public record User(
      String username, Role role, PasswordHasher.Hashed password, Instant createdAt) {}

  /** A user as the API lists it: no hash. */
  public record UserView(String username, Role role, Instant createdAt) {}

  private final Path file;
  private final Map<String, User> users = new TreeMap<>();

  private UserStore(Path file) {
    this.file = file;
  }

  /**
   * Loads the users under {@code dataDir}, creating the admin user on first start.
   *
   * @param adminPassword password for the first admin, or null for a random one written to a file
   */
  public static UserStore open(Path dataDir, String adminPassword) throws IOException {
    var store = new UserStore(dataDir.resolve("users.json"));
    if (Files.exists(store.file)) {
      List<User> loaded =
          Json.mapper().readValue(store.file.toFile(), new TypeReference<List<User>>() {});
      loaded.forEach(u -> store.users.put(u.username(), u));
      if (adminPassword != null && store.users.containsKey("admin")) {
        // A configured password is authoritative, so automated deployments can rotate it.
        store.put("admin", adminPassword, Role.ADMIN);
      }
      return store;
    }
    String password = adminPassword;
    if (password == null) {
      password = PasswordHasher.randomToken(18);
      Path secret = dataDir.resolve("admin-password.txt");
      JsonFiles.writeOwnerOnly(secret, password + System.lineSeparator());
      LOG.warn("created user 'admin' with a random password; it is in {}", secret.toAbsolutePath());
    } else {
      LOG.info("created user 'admin' with the password from ECHOWATCH_ADMIN_PASSWORD");
    }
    store.put("admin", password, Role.ADMIN);
    return store;
  }

  /** The user signing in with these credentials, if they are right. */
  public Optional<User> authenticate(String username, String password) {
    User user;
    synchronized (this) {
      user = username == null ? null : users.get(username);
    }
    if (user == null || password == null) {
      // Same cost as a real check, so timing does not reveal which names exist.
      PasswordHasher.verify(password == null ? "" : password, DUMMY);
      return Optional.empty();
    }
    return PasswordHasher.verify(password, user.password()) ? Optional.of(user) : Optional.empty();
  }

  /**
   * Adds a user.
   *
   * @throws IllegalArgumentException when the name is taken or malformed or the password too short
   */
  public synchronized UserView add(String username, String password, Role role) throws IOException {
    if (username == null || !username.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("username must be 1-64 letters, digits, '.', '_' or '-'");
    }
    if (users.containsKey(username)) {
      throw new IllegalArgumentException("user '" + username + "' already exists");
    }
    return view(put(username, password, role));
  }

  /** Every user, by name, without hashes. */
  public synchronized List<UserView> list() {
    return users.values().stream().map(UserStore::view).toList();
  }

  private synchronized User put(String username, String password, Role role) throws IOException {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new IllegalArgumentException(
          "password must have at least " + MIN_PASSWORD + " characters");
    }
    var user = new User(username, role, PasswordHasher.hash(password), Instant.now());
    users.put(username, user);
    JsonFiles.writeOwnerOnly(file, Json.write(new ArrayList<>(users.values())));
    return user;
  }

  private static UserView view(User u) {
    return new UserView(u.username(), u.role(), u.createdAt());
  }
}
