package dev.docgen.api.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.Objects;

/**
 * A PNG or JPEG picture with its alt text. {@code widthPt} is the wanted width in points; 0 lets the
 * renderer use the natural size, shrunk to the text width.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Image(byte[] data, String mediaType, String altText, String caption, double widthPt) implements Block {
  public Image {
    requireNonNull(data, "data");
    data = data.clone();
    if (data.length == 0) {
      throw new IllegalArgumentException("image data is empty: " + altText);
    }
    requireNonNull(mediaType, "mediaType");
    if (!mediaType.equals("image/png") && !mediaType.equals("image/jpeg")) {
      throw new IllegalArgumentException("image mediaType must be image/png or image/jpeg: " + mediaType);
    }
    requireNonNull(altText, "altText");
    if (altText.isBlank()) {
      throw new IllegalArgumentException("an image needs alt text");
    }
    caption = caption == null ? "" : caption;
    if (!(widthPt >= 0) || Double.isInfinite(widthPt)) {
      throw new IllegalArgumentException("widthPt must not be negative: " + widthPt);
    }
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Image i && Arrays.equals(data, i.data) && mediaType.equals(i.mediaType)
        && altText.equals(i.altText) && caption.equals(i.caption) && widthPt == i.widthPt;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(data), mediaType, altText, caption, widthPt);
  }

  @Override
  public String toString() {
    return "Image[" + mediaType + ", " + data.length + " bytes, alt=" + altText + "]";
  }
}
