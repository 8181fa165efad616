package dev.docgen.server;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The server's own beans: the API keys and the filter that checks them. */
@Configuration(proxyBeanMethods = false)
public class ServerConfiguration {
  @Bean
  ApiKeys docgenApiKeys(org.springframework.core.env.Environment env) {
    return ApiKeys.of(ApiKeys.first(env.getProperty("docgen.api-keys"), System.getenv("DOCGEN_API_KEYS")),
        ApiKeys.first(env.getProperty("docgen.api-keys-file"), System.getenv("DOCGEN_API_KEYS_FILE")));
  }

  @Bean
  FilterRegistrationBean<ApiKeyFilter> docgenApiKeyFilter(ApiKeys keys, ServerSettings settings,
      org.springframework.core.env.Environment env) {
    ApiKeys admins = ApiKeys.of(ApiKeys.first(env.getProperty("docgen.admin-keys"), System.getenv("DOCGEN_ADMIN_KEYS")), null);
    FilterRegistrationBean<ApiKeyFilter> bean = new FilterRegistrationBean<>(new ApiKeyFilter(keys, admins, settings));
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    bean.addUrlPatterns("/*");
    return bean;
  }

  @Bean
  FilterRegistrationBean<TraceFilter> docgenTraceFilter() {
    FilterRegistrationBean<TraceFilter> bean = new FilterRegistrationBean<>(new TraceFilter());
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    bean.addUrlPatterns("/*");
    return bean;
  }

  @Bean
  RunbookLog docgenRunbookLog() {
    return new RunbookLog();
  }
}
