package dev.docgen.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The request's trace id: from a W3C {@code traceparent} header when it has a valid one, else made
 * up. It goes in the log context ({@code trace}), on every line the request logs, and back in the
 * response's {@code traceparent}.
 */
public class TraceFilter extends OncePerRequestFilter {
  private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("traceparent");
    Matcher m = header == null ? null : TRACEPARENT.matcher(header.strip());
    String trace = m != null && m.matches() && !m.group(1).equals("0".repeat(32)) ? m.group(1) : random(16);
    MDC.put("trace", trace);
    response.setHeader("traceparent", "00-" + trace + "-" + random(8) + "-01");
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove("trace");
    }
  }

  private static String random(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
