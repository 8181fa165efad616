package dev.docgen.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every HTTP test of the server shares: the server on a random port with its own data
 * directory, and a real client. Each subclass is one {@code @SpringBootTest} with its properties.
 */
abstract class LiveServer {
  @TempDir
  static Path home;

  @DynamicPropertySource
  static void home(DynamicPropertyRegistry registry) {
    registry.add("docgen.home", () -> home.toString());
  }

  @LocalServerPort
  int port;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
