package org.echowatch.indexer.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Salted PBKDF2-HMAC-SHA256 password hashes. */
public final class PasswordHasher {

  /** Iterations of new hashes; stored with each hash so it can be raised later. */
  public static final int ITERATIONS = 120_000;

  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHasher() {}

  /**
   * A stored password.
   *
   * @param salt base64 salt
   * @param hash base64 PBKDF2 output
   * @param iterations PBKDF2 iterations
   */
  public record Hashed(String salt, String hash, int iterations) {}

  /** Hashes {@code password} with a fresh random salt. */
  public static Hashed hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder();
    return new Hashed(
        b64.encodeToString(salt),
        b64.encodeToString(derive(password, salt, ITERATIONS)),
        ITERATIONS);
  }

  /** Whether {@code password} is the one behind {@code stored}; constant-time comparison. */
  public static boolean verify(String password, Hashed stored) {
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(stored.hash());
    byte[] actual = derive(password, b64.decode(stored.salt()), stored.iterations());
    return MessageDigest.isEqual(expected, actual);
  }

  /** A random secret of {@code bytes} bytes, URL-safe base64 without padding. */
  public static String randomToken(int bytes) {
    byte[] raw = new byte[bytes];
    RANDOM.nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
