package dev.docgen.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With API keys set, every request but {@code /health} and {@code /ready} (and {@code /metrics}
 * when public) needs one, as {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}; the key's
 * owner id goes on the request for the controllers. A body larger than the limit is refused before
 * it is read.
 */
public class ApiKeyFilter extends OncePerRequestFilter {
  /** The request attribute holding the owner id ("" when the API has no keys). */
  public static final String OWNER = "docgen.owner";

  private final ApiKeys keys;
  private final ApiKeys admins;
  private final ServerSettings settings;
  private final io.github.resilience4j.ratelimiter.RateLimiterRegistry limits;

  public ApiKeyFilter(ApiKeys keys, ServerSettings settings) {
    this(keys, ApiKeys.of(null, null), settings);
  }

  /** With {@code admins}: the keys that may change what every key shares (templates, the template cache). */
  public ApiKeyFilter(ApiKeys keys, ApiKeys admins, ServerSettings settings) {
    this.admins = admins;
    this.keys = keys;
    this.settings = settings;
    this.limits = io.github.resilience4j.ratelimiter.RateLimiterRegistry.of(
        io.github.resilience4j.ratelimiter.RateLimiterConfig.custom()
            .limitForPeriod(Math.max(1, settings.getRateLimitPerSecond())).limitRefreshPeriod(java.time.Duration.ofSeconds(1))
            .timeoutDuration(java.time.Duration.ZERO).build());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // The path as Spring matches it: decoded, without ";params", so "/%61pi/v1" is "/api/v1" here too.
    String path = org.springframework.web.util.UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    if (request.getContentLengthLong() > settings.getMaxBodyBytes()) {
      Problems.write(response, new ApiProblem(413, "LIMIT_EXCEEDED", "the request body is "
          + request.getContentLengthLong() + " bytes, over the limit of " + settings.getMaxBodyBytes()
          + " (docgen.server.max-body-bytes)"), path);
      return;
    }
    boolean open = path.equals("/health") || path.equals("/ready") || path.equals("/api/v1/openapi.json")
        || path.equals("/metrics") && settings.isMetricsPublic();
    if (keys.isEmpty() || open) {
      request.setAttribute(OWNER, "");
      if (!open && !allowed("", path, response)) {
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    Optional<String> presented = presented(request);
    Optional<String> admin = presented.flatMap(admins::owner);
    Optional<String> owner = admin.isPresent() ? admin : presented.flatMap(keys::owner);
    if (owner.isEmpty()) {
      Problems.write(response, new ApiProblem(401, "UNAUTHORIZED", presented.isEmpty()
          ? "an API key is needed: send Authorization: Bearer KEY or X-API-Key: KEY"
          : "the API key is not known"), path);
      return;
    }
    if (sharedWrite(request.getMethod(), path) && admin.isEmpty()) {
      // Templates are shared by every key: one key must not replace or delete what the others use.
      Problems.write(response, new ApiProblem(403, "FORBIDDEN", admins.isEmpty()
          ? "changing templates needs an admin key, and none is set: set DOCGEN_ADMIN_KEYS"
          : "changing templates needs an admin key (DOCGEN_ADMIN_KEYS)"), path);
      return;
    }
    request.setAttribute(OWNER, owner.get());
    if (!allowed(owner.get(), path, response)) {
      return;
    }
    chain.doFilter(request, response);
  }

  /** The key's rate limit (per second) on the API; a 429 with Retry-After past it. */
  private boolean allowed(String owner, String path, HttpServletResponse response) throws IOException {
    if (settings.getRateLimitPerSecond() == 0 || !path.startsWith("/api/")) {
      return true;
    }
    if (limits.rateLimiter(owner.isEmpty() ? "anonymous" : owner).acquirePermission()) {
      return true;
    }
    Problems.write(response, new ApiProblem(429, "RATE_LIMITED", "more than " + settings.getRateLimitPerSecond()
        + " requests a second with this key; slow down (docgen.server.rate-limit-per-second)", null,
        java.time.Duration.ofSeconds(1)), path);
    return false;
  }

  /** Requests that change what every key shares: template uploads and deletes, and the cache warm-up. */
  static boolean sharedWrite(String method, String path) {
    return path.equals("/api/v1/templates") && method.equals("POST")
        || path.startsWith("/api/v1/templates/") && method.equals("DELETE")
        || path.equals("/api/v1/cache/warm");
  }

  private static Optional<String> presented(HttpServletRequest request) {
    String auth = request.getHeader("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && auth.length() > 7) {
      return Optional.of(auth.substring(7).strip());
    }
    String key = request.getHeader("X-API-Key");
    return key == null || key.isBlank() ? Optional.empty() : Optional.of(key.strip());
  }
}
