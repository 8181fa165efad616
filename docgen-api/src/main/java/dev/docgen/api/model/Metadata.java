package dev.docgen.api.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Document properties. Empty strings mean "not set". {@code locale} is a BCP 47 tag (en-GB, de-DE,
 * en-US) that picks number formats and the page size (Letter for US and Canada, A4 elsewhere);
 * {@code orientation} turns every page (PDF, DOCX) or the print setup (XLSX) to landscape.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Metadata(String title, String subtitle, String author, LocalDate date, String locale,
    List<String> keywords, String subject, String documentType, PageOrientation orientation) {
  public Metadata {
    requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a document needs a title");
    }
    subtitle = subtitle == null ? "" : subtitle;
    author = author == null ? "" : author;
    requireNonNull(date, "date");
    locale = locale == null || locale.isBlank() ? "en-GB" : locale;
    if (Locale.forLanguageTag(locale).getLanguage().isEmpty()) {
      throw new IllegalArgumentException("locale must be a BCP 47 tag such as en-GB: " + locale);
    }
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    subject = subject == null ? "" : subject;
    documentType = documentType == null ? "" : documentType;
    orientation = orientation == null ? PageOrientation.PORTRAIT : orientation;
  }

  /** Portrait metadata. */
  public Metadata(String title, String subtitle, String author, LocalDate date, String locale, List<String> keywords,
      String subject, String documentType) {
    this(title, subtitle, author, date, locale, keywords, subject, documentType, PageOrientation.PORTRAIT);
  }

  /** A copy with another page orientation. */
  public Metadata withOrientation(PageOrientation value) {
    return new Metadata(title, subtitle, author, date, locale, keywords, subject, documentType, value);
  }

  /** Whether the document asks for landscape pages. */
  public boolean landscape() {
    return orientation == PageOrientation.LANDSCAPE;
  }

  public static Metadata of(String title, LocalDate date) {
    return new Metadata(title, "", "", date, "en-GB", List.of(), "", "");
  }

  /** The locale as a {@link Locale}. */
  public Locale javaLocale() {
    return Locale.forLanguageTag(locale);
  }

  /** Whether pages should be US Letter rather than A4. */
  public boolean usesLetterPaper() {
    String country = javaLocale().getCountry();
    return country.equals("US") || country.equals("CA");
  }
}
