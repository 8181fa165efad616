package dev.docgen.api.template;

import java.util.List;
import java.util.Optional;

/**
 * Where templates live: a folder, the classpath (built-ins), later a database. Found through
 * {@link java.util.ServiceLoader} or given to the pipeline's builder. A published version is
 * immutable: publishing other bytes under the same name and version is a conflict.
 */
public interface TemplateStore {
  /** A stable id, for example {@code filesystem} or {@code builtin}. */
  String id();

  /** Every version of every template, sorted by name, then version. */
  List<TemplateInfo> list();

  /** The named version, or the latest version when the reference has none. */
  Optional<TemplateInfo> find(TemplateRef ref);

  /** The template file's bytes. */
  byte[] read(TemplateInfo info);

  /** Whether {@link #publish} and {@link #delete} work here (the built-in store is read-only). */
  default boolean writable() {
    return false;
  }

  /**
   * Checks and stores a new version. The same bytes again return the existing entry; other bytes
   * under an existing name and version are a {@link dev.docgen.api.TemplateException}.
   */
  default TemplateInfo publish(TemplateUpload upload) {
    throw new dev.docgen.api.TemplateException("", "template store '" + id() + "' is read-only: publish to a "
        + "writable store such as a template folder");
  }

  /** Deletes one version; returns whether it existed. */
  default boolean delete(TemplateRef ref) {
    throw new dev.docgen.api.TemplateException("", "template store '" + id() + "' is read-only: its templates "
        + "cannot be deleted");
  }
}
