package dev.docgen.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The served OpenAPI document is docs/openapi.yaml, and it names every endpoint the server has, no more. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "docgen.api-keys=k", "docgen.jobs.workers=1"})
class OpenApiHttpTest extends LiveServer {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void the_served_document_is_the_committed_one_and_matches_the_endpoints() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
        uri("/api/v1/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200); // no key needed
    JsonNode served = new ObjectMapper().readTree(r.body());
    JsonNode committed = new ObjectMapper(new YAMLFactory()).readTree(Paths.get("..", "docs", "openapi.yaml").toFile());
    assertThat(served).isEqualTo(committed);

    Set<String> documented = new TreeSet<>();
    served.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(method ->
        documented.add(method.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    Set<String> served2 = new TreeSet<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      if (!method.getBeanType().getPackageName().equals("dev.docgen.server")) {
        return;
      }
      for (String path : info.getPatternValues()) {
        info.getMethodsCondition().getMethods().forEach(m -> served2.add(m.name() + " " + path));
      }
    });
    assertThat(served2).isEqualTo(documented);
  }
}
