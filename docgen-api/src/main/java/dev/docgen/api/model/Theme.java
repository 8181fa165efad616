package dev.docgen.api.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The look every renderer draws from, so a document looks the same in DOCX, PDF and XLSX. Colours
 * are six hex digits without '#'.
 */
public record Theme(String accentColor, String tintColor, String bodyFont, String headingFont,
    double bodySizePt, List<String> chartPalette) {
  /** Dark blue accent, Calibri (Carlito in PDF), Okabe–Ito chart colours. */
  public static final Theme DEFAULT = new Theme("1F4E79", "DEEAF6", "Calibri", "Calibri", 11,
      List.of("0072B2", "E69F00", "009E73", "D55E00", "CC79A7", "56B4E9", "F0E442", "000000"));

  public Theme {
    accentColor = checkColor(accentColor, "accentColor");
    tintColor = checkColor(tintColor, "tintColor");
    requireNonNull(bodyFont, "bodyFont");
    requireNonNull(headingFont, "headingFont");
    if (!(bodySizePt >= 6 && bodySizePt <= 24)) {
      throw new IllegalArgumentException("bodySizePt must be between 6 and 24: " + bodySizePt);
    }
    chartPalette = chartPalette == null || chartPalette.isEmpty() ? DEFAULT_PALETTE : List.copyOf(chartPalette);
    chartPalette.forEach(c -> checkColor(c, "chartPalette"));
  }

  private static final List<String> DEFAULT_PALETTE =
      List.of("0072B2", "E69F00", "009E73", "D55E00", "CC79A7", "56B4E9", "F0E442", "000000");

  private static String checkColor(String value, String name) {
    requireNonNull(value, name);
    if (!value.matches("[0-9A-Fa-f]{6}")) {
      throw new IllegalArgumentException(name + " must be six hex digits: " + value);
    }
    return value.toUpperCase(java.util.Locale.ROOT);
  }
}
