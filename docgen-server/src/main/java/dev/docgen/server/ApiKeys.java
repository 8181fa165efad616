package dev.docgen.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The API keys the server accepts, held as sha256 hashes: from {@code DOCGEN_API_KEYS}
 * (comma-separated keys) and {@code DOCGEN_API_KEYS_FILE} (one sha256 hash a line). A presented key
 * is hashed and compared with every hash in constant time; its owner id is the first 16 hex digits
 * of its hash, so the jobs of one key are found by no other.
 */
public final class ApiKeys {
  private final List<byte[]> hashes;

  private ApiKeys(List<byte[]> hashes) {
    this.hashes = List.copyOf(hashes);
  }

  /** Keys from the environment (and the system properties {@code docgen.api-keys}, {@code docgen.api-keys-file}). */
  public static ApiKeys fromEnvironment() {
    return of(first(System.getProperty("docgen.api-keys"), System.getenv("DOCGEN_API_KEYS")),
        first(System.getProperty("docgen.api-keys-file"), System.getenv("DOCGEN_API_KEYS_FILE")));
  }

  /** Keys from a comma-separated list and a file of hashes; either may be null. */
  public static ApiKeys of(String keys, String hashFile) {
    List<byte[]> out = new ArrayList<>();
    if (keys != null) {
      for (String k : keys.split(",")) {
        if (!k.isBlank()) {
          out.add(sha256(k.strip()));
        }
      }
    }
    if (hashFile != null && !hashFile.isBlank()) {
      try {
        for (String line : Files.readAllLines(Path.of(hashFile.strip()), StandardCharsets.UTF_8)) {
          String h = line.strip();
          if (h.matches("[0-9a-fA-F]{64}")) {
            out.add(HexFormat.of().parseHex(h.toLowerCase(java.util.Locale.ROOT)));
          } else if (!h.isEmpty() && !h.startsWith("#")) {
            throw new IllegalArgumentException("DOCGEN_API_KEYS_FILE holds a line that is no sha256 hash: " + hashFile);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read DOCGEN_API_KEYS_FILE " + hashFile + ": " + e.getMessage(), e);
      }
    }
    return new ApiKeys(out);
  }

  /** Whether no key is set: the API is open (and the server binds to loopback). */
  public boolean isEmpty() {
    return hashes.isEmpty();
  }

  /** The owner id of a valid key; empty for an unknown one. */
  public Optional<String> owner(String presented) {
    byte[] h = sha256(presented);
    boolean match = false;
    for (byte[] known : hashes) {
      match |= MessageDigest.isEqual(known, h);
    }
    return match ? Optional.of(HexFormat.of().formatHex(h).substring(0, 16)) : Optional.empty();
  }

  /** {@code a} unless it is blank, else {@code b}: a property before its environment variable. */
  static String first(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }

  static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
