package dev.docgen.docx.internal;

import dev.docgen.api.RenderException;
import dev.docgen.api.model.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/** Inline pictures, scaled to fit the text width, with alt text and an optional caption below. */
final class ImageWriter {
  private static final double POINTS_PER_PIXEL = 72.0 / 96.0;
  private final DocxContext ctx;
  private int count;

  ImageWriter(DocxContext ctx) {
    this.ctx = ctx;
  }

  void write(Image image) throws Exception {
    byte[] data = image.data();
    BufferedImage pixels = read(data, image.altText());
    double naturalPt = pixels.getWidth() * POINTS_PER_PIXEL;
    double widthPt = Math.min(image.widthPt() > 0 ? image.widthPt() : naturalPt, ctx.page.textWidthPt());
    double heightPt = widthPt * pixels.getHeight() / pixels.getWidth();
    XWPFParagraph p = ctx.paragraph(StyleSheet.FIGURE);
    p.setKeepNext(!image.caption().isEmpty());
    XWPFRun run = p.createRun();
    boolean png = image.mediaType().equals("image/png");
    count++;
    run.addPicture(new ByteArrayInputStream(data), png ? PictureType.PNG : PictureType.JPEG,
        "image" + count + (png ? ".png" : ".jpg"), Units.toEMU(widthPt), Units.toEMU(heightPt));
    CTInline inline = run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1).getInlineArray(0);
    inline.getDocPr().setDescr(image.altText());
    if (!image.caption().isEmpty()) {
      XWPFParagraph caption = ctx.paragraph(StyleSheet.CAPTION);
      caption.setKeepNext(false);
      caption.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
      caption.setSpacingBefore(0);
      RunWriter.text(caption, image.caption());
    }
  }

  private static BufferedImage read(byte[] data, String alt) {
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(data));
      if (img == null || img.getWidth() == 0) {
        throw new RenderException("image '" + alt + "' is not a readable PNG or JPEG", null);
      }
      return img;
    } catch (IOException e) {
      throw new RenderException("image '" + alt + "' could not be read: " + e.getMessage(), e);
    }
  }
}
