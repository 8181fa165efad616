package dev.docgen.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** A key over its rate gets 429 with Retry-After; another key and /health are not held back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "docgen.api-keys=fast,other", "docgen.server.rate-limit-per-second=5", "docgen.jobs.workers=1"})
class RateLimitHttpTest extends LiveServer {

  int get(String path, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(10));
    if (key != null) {
      b.header("X-API-Key", key);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() == 429) {
      assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(new ObjectMapper().readTree(r.body()).path("code").asText()).isEqualTo("RATE_LIMITED");
    }
    return r.statusCode();
  }

  @Test
  void a_key_past_its_rate_gets_429_and_others_go_on() throws Exception {
    List<Integer> codes = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      codes.add(get("/api/v1/status/nosuchtask", "fast"));
    }
    assertThat(codes).contains(404).contains(429);
    assertThat(codes.stream().filter(c -> c == 404).count()).isLessThanOrEqualTo(10);
    // The same path spelled otherwise is the same path to the limit.
    assertThat(get("/%61pi/v1/status/nosuchtask", "fast")).isEqualTo(429);
    assertThat(get("/api;x/v1/status/nosuchtask", "fast")).isEqualTo(429);
    assertThat(get("/api/v1/status/nosuchtask", "other")).isEqualTo(404);
    assertThat(get("/health", null)).isEqualTo(200);
    Thread.sleep(1100);
    assertThat(get("/api/v1/status/nosuchtask", "fast")).isEqualTo(404);
  }
}
