package dev.docgen.llm.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docgen.api.ModelUnavailableException;
import dev.docgen.llm.openai.internal.EndpointHttpClient;
import java.util.Locale;
import java.util.Optional;

/** Turns what LangChain4j and the HTTP client threw into one-line, typed docgen errors. */
final class Failures {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Failures() {}

  static ModelUnavailableException map(Throwable e, OpenAiSettings s) {
    String where = s.baseUrl();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EndpointHttpClient.StatusFailure f) {
        int status = f.statusCode();
        String said = serverMessage(f.body()).map(m -> ": " + m).orElse("");
        if (status == 429) {
          return new ModelUnavailableException("the model endpoint " + where + " is rate-limiting (HTTP 429)" + said,
              status, true, f.retryAfter().orElse(null), e);
        }
        if (status >= 500 || status == 408) {
          return new ModelUnavailableException("the model endpoint " + where + " failed (HTTP " + status + ")" + said,
              status, true, f.retryAfter().orElse(null), e);
        }
        if (status == 401 || status == 403) {
          return new ModelUnavailableException("the model endpoint " + where + " refused the API key (HTTP " + status
              + "): set OPENAI_API_KEY" + said, status, false, null, e);
        }
        if (status == 404) {
          return new ModelUnavailableException("the model endpoint " + where + " has no model '" + s.model()
              + "' or no chat completions API (HTTP 404): check DOCGEN_LLM_MODEL and that the URL ends in /v1" + said,
              status, false, null, e);
        }
        return new ModelUnavailableException("the model endpoint " + where + " refused the request (HTTP " + status
            + ")" + said, status, false, null, e);
      }
      if (t instanceof EndpointHttpClient.TransportFailure f) {
        if (f.timedOut()) {
          return new ModelUnavailableException("the model endpoint " + where + " did not answer within "
              + seconds(f.timeout()), 0, true, null, e);
        }
        return new ModelUnavailableException("cannot reach the model endpoint " + where + ": " + describe(f.getCause()),
            0, !(root(f) instanceof java.net.UnknownHostException
                || root(f) instanceof java.nio.channels.UnresolvedAddressException), null, e);
      }
    }
    return new ModelUnavailableException("the call to the model endpoint " + where + " failed: " + describe(e), 0, false,
        null, e);
  }

  /** The metric outcome of a failed call. */
  static String outcome(ModelUnavailableException e) {
    if (e.status() == 429) {
      return "rate-limited";
    }
    if (e.status() >= 500) {
      return "server-error";
    }
    if (e.status() > 0) {
      return "refused";
    }
    return e.getMessage().contains("did not answer within") ? "timeout" : "unreachable";
  }

  /** A 400 whose message is about {@code response_format}: the endpoint has no structured output. */
  static boolean refusesSchema(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EndpointHttpClient.StatusFailure f && (f.statusCode() == 400 || f.statusCode() == 422)) {
        String body = f.body().toLowerCase(Locale.ROOT);
        // OpenAI: "Invalid schema for response_format"; vLLM/xgrammar and llama.cpp: "JSON schema ... not supported"
        return body.contains("response_format") || body.contains("json_schema") || body.contains("schema");
      }
    }
    return false;
  }

  /** {@code error.message} of an OpenAI-style error body, shortened to one line. */
  static Optional<String> serverMessage(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      JsonNode message = node == null ? null : node.path("error").path("message");
      if (message != null && message.isTextual() && !message.asText().isBlank()) {
        return Optional.of(oneLine(message.asText()));
      }
      if (node != null && node.path("error").isTextual()) {
        return Optional.of(oneLine(node.path("error").asText()));
      }
    } catch (java.io.IOException ignored) {
      // not JSON: use the text
    }
    return body == null || body.isBlank() ? Optional.empty() : Optional.of(oneLine(body));
  }

  static String describe(Throwable e) {
    Throwable r = root(e);
    if (r instanceof java.net.ConnectException) {
      return "connection refused";
    }
    if (r instanceof java.nio.channels.ClosedChannelException) {
      return "connection refused or closed";
    }
    if (r instanceof java.net.UnknownHostException || r instanceof java.nio.channels.UnresolvedAddressException) {
      return "unknown host";
    }
    String m = r.getMessage();
    return r.getClass().getSimpleName() + (m == null ? "" : ": " + oneLine(m));
  }

  private static Throwable root(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("\\s+", " ").trim();
    return line.length() > 200 ? line.substring(0, 197) + "..." : line;
  }

  private static String seconds(java.time.Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
