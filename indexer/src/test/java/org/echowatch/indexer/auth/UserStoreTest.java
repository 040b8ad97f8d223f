package org.echowatch.indexer.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreTest {

  @Test
  void shouldWriteARandomAdminSecretReadableOnlyByTheOwnerWhenNoPasswordIsConfigured(
      @TempDir Path dir) throws Exception {
    UserStore store = UserStore.open(dir, null);
    Path secret = dir.resolve("admin-password.txt");
    String password = Files.readString(secret).strip();
    assertThat(password).hasSizeGreaterThanOrEqualTo(20);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
        .isEqualTo("rw-------");
    assertThat(store.authenticate("admin", password)).isPresent();
    assertThat(store.authenticate("admin", "admin")).isEmpty();
    assertThat(Files.readString(dir.resolve("users.json"))).doesNotContain(password);
  }

  @Test
  void shouldKeepUsersAndHashesAcrossReopenWhenUsersAreAdded(@TempDir Path dir) throws Exception {
    UserStore.open(dir, "first-admin-pw").add("ana", "analyst-pw-1", Role.ANALYST);
    UserStore reopened = UserStore.open(dir, null);
    assertThat(reopened.authenticate("ana", "analyst-pw-1"))
        .get()
        .extracting(UserStore.User::role)
        .isEqualTo(Role.ANALYST);
    assertThat(reopened.authenticate("admin", "first-admin-pw")).isPresent();
    assertThat(Files.exists(dir.resolve("admin-password.txt"))).isFalse();
  }

  @Test
  void shouldRejectDuplicateNamesShortPasswordsAndUnknownRoles(@TempDir Path dir) throws Exception {
    UserStore store = UserStore.open(dir, "first-admin-pw");
    assertThatThrownBy(() -> store.add("admin", "whatever-pw", Role.VIEWER))
        .hasMessageContaining("already exists");
    assertThatThrownBy(() -> store.add("bob", "short", Role.VIEWER))
        .hasMessageContaining("at least 8");
    assertThatThrownBy(() -> store.add("bad name", "long-enough", Role.VIEWER))
        .hasMessageContaining("username");
    assertThatThrownBy(() -> Role.fromWire("root"))
        .hasMessageContaining("viewer, analyst or admin");
  }

  @Test
  void shouldSaltEachHashWhenTheSamePasswordIsHashedTwice() {
    var a = PasswordHasher.hash("same-password");
    var b = PasswordHasher.hash("same-password");
    assertThat(a.salt()).isNotEqualTo(b.salt());
    assertThat(a.hash()).isNotEqualTo(b.hash());
    assertThat(PasswordHasher.verify("same-password", a)).isTrue();
    assertThat(PasswordHasher.verify("other-password", a)).isFalse();
  }
}
