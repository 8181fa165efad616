package dev.docgen.docx.internal;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * The numbering definitions in numbering.xml. Bullets share one definition; every numbered list
 * gets its own abstract definition and its own num with a start override, so each starts at 1 in
 * Word, LibreOffice and other readers alike.
 */
final class ListNumbering {
  private static final String[] BULLETS = {"\u2022", "\u2013", "\u25AA"};
  private static final String[] NUMBER_FORMATS = {"decimal", "lowerLetter", "lowerRoman"};
  static final int LEVELS = 9;

  private final XWPFNumbering numbering;
  private BigInteger bulletNum;
  private int nextAbstractId;

  ListNumbering(XWPFDocument doc) {
    this.numbering = doc.createNumbering();
  }

  /** The num id every bullet list uses. */
  BigInteger bullets() {
    if (bulletNum == null) {
      bulletNum = numbering.addNum(addAbstract(false));
    }
    return bulletNum;
  }

  /** A fresh num id for one numbered list, starting at 1 on every level. */
  BigInteger newNumberedList() {
    BigInteger numId = numbering.addNum(addAbstract(true));
    var num = numbering.getNum(numId).getCTNum();
    for (int level = 0; level < LEVELS; level++) {
      CTNumLvl override = num.addNewLvlOverride();
      override.setIlvl(BigInteger.valueOf(level));
      override.addNewStartOverride().setVal(BigInteger.ONE);
    }
    return numId;
  }

  private BigInteger addAbstract(boolean numbered) {
    int id = nextAbstractId++;
    StringBuilder xml = new StringBuilder()
        .append("<xml-fragment xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"")
        .append(" w:abstractNumId=\"").append(id).append("\">")
        .append("<w:multiLevelType w:val=\"hybridMultilevel\"/>");
    for (int level = 0; level < LEVELS; level++) {
      xml.append(numbered ? numberLevel(level) : bulletLevel(level));
    }
    xml.append("</xml-fragment>");
    try {
      CTAbstractNum ct = CTAbstractNum.Factory.parse(xml.toString());
      return numbering.addAbstractNum(new XWPFAbstractNum(ct, numbering));
    } catch (XmlException e) {
      throw new IllegalStateException("numbering definition does not parse", e);
    }
  }

  private static String bulletLevel(int level) {
    return level(level, "bullet", BULLETS[level % BULLETS.length]);
  }

  private static String numberLevel(int level) {
    return level(level, NUMBER_FORMATS[level % NUMBER_FORMATS.length], "%" + (level + 1) + ".");
  }

  private static String level(int level, String format, String text) {
    int left = 360 * (level + 1);
    return "<w:lvl w:ilvl=\"" + level + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + format + "\"/>"
        + "<w:lvlText w:val=\"" + text + "\"/><w:lvlJc w:val=\"left\"/>"
        + "<w:pPr><w:ind w:left=\"" + left + "\" w:hanging=\"360\"/></w:pPr></w:lvl>";
  }
}
