package dev.docgen.xlsx;

import dev.docgen.api.model.Column;
import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.Theme;
import dev.docgen.api.spi.RenderOptions;
import dev.docgen.xlsx.internal.Styles;
import dev.docgen.xlsx.internal.TableBlock;
import dev.docgen.xlsx.internal.WorkbookWriter;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes very large tables to XLSX in bounded memory: rows go straight into the zip as they are
 * given, with the same features as {@link XlsxRenderer} (typed cells, locale formats, an Excel
 * table with a frozen header and autofilter, SUBTOTAL totals with cached values, flagged rows,
 * print setup). Column widths are fitted to the first {@value TableBlock#WIDTH_SAMPLE} rows.
 *
 * <pre>{@code
 * try (XlsxStream xlsx = XlsxStream.open(out, Metadata.of("Orders", date), Instant.now());
 *     XlsxStream.Table t = xlsx.table("Orders", columns)) {
 *   for (Order o : orders) t.row(o.id(), o.customer(), o.amount());
 * }
 * }</pre>
 *
 * <p>Not thread-safe; one table is open at a time. The caller's stream is not closed.
 */
public final class XlsxStream implements AutoCloseable {
  private final WorkbookWriter book;
  private Table open;
  private int started;

  private XlsxStream(WorkbookWriter book) {
    this.book = book;
  }

  /** Starts a workbook on {@code out} at the default compression level. */
  public static XlsxStream open(OutputStream out, Metadata metadata, Instant created) {
    return open(out, metadata, created, XlsxRenderer.DEFAULT_LEVEL);
  }

  /** Starts a workbook with a deflate level from 0 (stored) to 9. */
  public static XlsxStream open(OutputStream out, Metadata metadata, Instant created, int level) {
    return open(out, metadata, RenderOptions.at(created), level);
  }

  /**
   * Starts a workbook stamped with {@code options.created()} whose {@code options.properties()}
   * become custom document properties, at the default compression level.
   */
  public static XlsxStream open(OutputStream out, Metadata metadata, RenderOptions options) {
    return open(out, metadata, options, XlsxRenderer.DEFAULT_LEVEL);
  }

  /** As {@link #open(OutputStream, Metadata, RenderOptions)}, with a deflate level from 0 (stored) to 9. */
  public static XlsxStream open(OutputStream out, Metadata metadata, RenderOptions options, int level) {
    if (level < 0 || level > 9) {
      throw new IllegalArgumentException("deflate level must be 0 to 9: " + level);
    }
    Theme theme = Theme.DEFAULT;
    Styles styles = new Styles(theme.accentColor(), theme.tintColor(), metadata.javaLocale());
    return new XlsxStream(new WorkbookWriter(out, metadata, options.created(), options.properties(), level, styles));
  }

  /** Starts a sheet holding one table; the previous table is finished first. */
  public Table table(String name, List<Column> columns) {
    if (open != null) {
      open.close();
    }
    open = new Table(name, List.copyOf(columns));
    return open;
  }

  @Override
  public void close() {
    if (open != null) {
      open.close();
    }
    book.close();
  }

  /** A table being written: give rows, then close it (or the workbook). */
  public final class Table implements AutoCloseable {
    private final String name;
    private final List<Column> columns;
    private final List<List<Object>> head = new ArrayList<>();
    private TableBlock block;
    private boolean totals = true;
    private boolean closed;

    private Table(String name, List<Column> columns) {
      this.name = name;
      this.columns = columns;
    }

    /** Whether a totals row of SUBTOTAL formulas ends the table (default: yes). */
    public Table totals(boolean on) {
      this.totals = on;
      return this;
    }

    /**
     * Adds a row: {@code BigDecimal}, {@code Long}, {@code Integer} or {@code Double} for numbers,
     * {@code LocalDate} for dates, anything else as text; null or "" is a blank cell.
     */
    public void row(Object... values) {
      row(Arrays.asList(values));
    }

    public void row(List<?> values) {
      if (closed) {
        throw new IllegalStateException("table '" + name + "' is closed");
      }
      if (block == null) {
        head.add(new ArrayList<>(values));
        if (head.size() >= TableBlock.WIDTH_SAMPLE) {
          start();
        }
        return;
      }
      block.row(values);
    }

    private void start() {
      block = new TableBlock(book, name, name, "", columns, head, null, started++ == 0, new double[0]);
      head.forEach(block::row);
      head.clear();
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      if (block == null) {
        start();
      }
      block.finish(totals ? block.autoTotals() : null);
      closed = true;
      if (open == this) {
        open = null;
      }
    }
  }
}
