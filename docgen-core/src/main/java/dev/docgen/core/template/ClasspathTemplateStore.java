package dev.docgen.core.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.docgen.api.TemplateException;
import dev.docgen.api.template.TemplateInfo;
import dev.docgen.api.template.TemplateRef;
import dev.docgen.api.template.TemplateStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The built-in templates that ship inside docgen-core ({@code dev/docgen/templates/}): read-only,
 * listed in {@code index.json}. Export one, edit it in Word, and publish it to a writable store
 * under a new version.
 */
public final class ClasspathTemplateStore implements TemplateStore {
  private static final String DIR = "/dev/docgen/templates/";
  private final List<TemplateInfo> index;

  public ClasspathTemplateStore() {
    try (InputStream in = ClasspathTemplateStore.class.getResourceAsStream(DIR + "index.json")) {
      if (in == null) {
        index = List.of();
        return;
      }
      TemplateInfo[] all = new ObjectMapper().registerModule(new JavaTimeModule()).readValue(in, TemplateInfo[].class);
      index = Arrays.stream(all).sorted(Comparator.comparing(TemplateInfo::name)
          .thenComparing(TemplateInfo::version, Versions.ORDER)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("the built-in template index is damaged", e);
    }
  }

  @Override
  public String id() {
    return "builtin";
  }

  @Override
  public List<TemplateInfo> list() {
    return index;
  }

  @Override
  public Optional<TemplateInfo> find(TemplateRef ref) {
    return index.stream().filter(t -> t.name().equals(ref.name())
        && ref.version().map(v -> v.equals(t.version())).orElse(true)).reduce((a, b) -> b);
  }

  @Override
  public byte[] read(TemplateInfo info) {
    try (InputStream in = ClasspathTemplateStore.class.getResourceAsStream(DIR + info.name() + "-" + info.version()
        + "." + info.format())) {
      if (in == null) {
        throw new TemplateException("", "built-in template " + info.id() + " is missing from docgen-core");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
