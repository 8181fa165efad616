package dev.docgen.server;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * docgen as a service: the runbook's REST API over the job service, with the embedded default (an
 * in-process queue and files under {@code DOCGEN_HOME}). Started by {@code ./docgen serve} or
 * {@code java -jar docgen-server/target/docgen-server.jar}.
 */
@SpringBootApplication
@EnableConfigurationProperties(ServerSettings.class)
public class DocgenServer {
  private static final Logger LOG = LoggerFactory.getLogger(DocgenServer.class);

  /** Environment variables of the runbook, for the properties they stand for. */
  private static final Map<String, String> ENVIRONMENT = Map.of("DOCGEN_WORKERS", "docgen.jobs.workers",
      "DOCGEN_QUEUE_CAPACITY", "docgen.jobs.queue-capacity", "DOCGEN_PORT", "server.port");

  public static void main(String[] args) {
    ENVIRONMENT.forEach((variable, property) -> {
      String value = System.getenv(variable);
      if (value != null && !value.isBlank() && System.getProperty(property) == null) {
        System.setProperty(property, value.trim());
      }
    });
    if (System.getProperty("docgen.log-dir") == null) {
      // The runbook's log files: DOCGEN_LOG_DIR, else DOCGEN_HOME/logs, else ~/.docgen/logs.
      String dir = System.getenv("DOCGEN_LOG_DIR");
      String home = System.getenv("DOCGEN_HOME");
      System.setProperty("docgen.log-dir", dir != null && !dir.isBlank() ? dir : java.nio.file.Path.of(
          home != null && !home.isBlank() ? home : System.getProperty("user.home") + "/.docgen", "logs").toString());
    }
    if ("true".equalsIgnoreCase(System.getenv("DOCGEN_LOG_JSON")) && System.getProperty("logging.config") == null) {
      System.setProperty("logging.config", "classpath:logback-json.xml");
    }
    if (ApiKeys.fromEnvironment().isEmpty() && System.getProperty("server.address") == null
        && System.getenv("SERVER_ADDRESS") == null) {
      // No keys: anyone who can reach the port could use it, so only this machine can.
      System.setProperty("server.address", "127.0.0.1");
      LOG.warn("No API keys are set (DOCGEN_API_KEYS): listening on 127.0.0.1 only. Set keys to serve other machines.");
    }
    SpringApplication.run(DocgenServer.class, args);
  }
}
