package dev.docgen.docx.internal;

import dev.docgen.api.model.Metadata;
import dev.docgen.api.model.Theme;
import java.util.Locale;
import java.util.Map;
import org.apache.xmlbeans.XmlException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Writes styles.xml: document defaults from the theme and the named styles every block uses. The
 * heading styles keep Word's built-in ids and names ("Heading1" / "heading 1") so Word, LibreOffice
 * and python-docx recognise them as headings and outline levels.
 */
final class StyleSheet {
  static final String TITLE = "Title";
  static final String SUBTITLE = "Subtitle";
  static final String DOC_INFO = "DocumentInfo";
  static final String CAPTION = "Caption";
  static final String LIST = "ListParagraph";
  static final String TABLE_TEXT = "TableText";
  static final String TABLE_SPACER = "TableSpacer";
  static final String BOX_TITLE = "BoxTitle";
  static final String TOC_HEADING = "TOCHeading";
  static final String HYPERLINK = "Hyperlink";
  static final String CODE = "CodeChar";
  static final String FIGURE = "Figure";
  static final String DATA_TABLE = "DocgenDataTable";
  static final String LAYOUT_TABLE = "DocgenLayoutTable";

  private StyleSheet() {}

  static String heading(int level) {
    return "Heading" + Math.max(1, Math.min(3, level));
  }

  static void install(XWPFDocument doc, Theme theme, Metadata meta) {
    try {
      doc.createStyles().setStyles(StylesDocument.Factory.parse(xml(theme, meta.javaLocale())).getStyles());
    } catch (XmlException e) {
      throw new IllegalStateException("built-in styles.xml does not parse", e);
    }
  }

  private static String xml(Theme theme, Locale locale) {
    Map<String, String> values = Map.of(
        "${accent}", theme.accentColor(),
        "${body}", Xml.escape(theme.bodyFont()),
        "${heading}", Xml.escape(theme.headingFont()),
        "${size}", String.valueOf(Math.round(theme.bodySizePt() * 2)),
        "${lang}", Xml.escape(locale.toLanguageTag()),
        "${ea}", Xml.escape(EastAsianFonts.fontFor(locale)),
        "${eaLang}", EastAsianFonts.languageFor(locale));
    String xml = TEMPLATE;
    for (Map.Entry<String, String> e : values.entrySet()) {
      xml = xml.replace(e.getKey(), e.getValue());
    }
    return xml;
  }

  private static final String TEMPLATE = """
      <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:docDefaults>
       <w:rPrDefault><w:rPr><w:rFonts w:ascii="${body}" w:hAnsi="${body}" w:eastAsia="${ea}" w:cs="Arial"/>
        <w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="${lang}" w:eastAsia="${eaLang}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
       <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>
      </w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>
       <w:rPr><w:color w:val="262626"/></w:rPr></w:style>
      <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>
       <w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
      <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>
       <w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>
       <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
      <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>
       <w:semiHidden/><w:unhideWhenUsed/></w:style>
      <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
       <w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="120" w:line="240" w:lineRule="auto"/>
       <w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:ascii="${heading}" w:hAnsi="${heading}"/><w:color w:val="${accent}"/>
       <w:kern w:val="28"/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
       <w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="80"/></w:pPr>
       <w:rPr><w:rFonts w:ascii="${heading}" w:hAnsi="${heading}"/><w:color w:val="595959"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="DocumentInfo"><w:name w:val="Document Info"/><w:basedOn w:val="Normal"/>
       <w:next w:val="Normal"/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="8" w:color="${accent}"/></w:pBdr>
       <w:spacing w:before="0" w:after="360"/></w:pPr><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
       <w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/>
       <w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="${heading}" w:hAnsi="${heading}"/><w:b/><w:bCs/>
       <w:color w:val="${accent}"/><w:sz w:val="33"/><w:szCs w:val="33"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
       <w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/>
       <w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:ascii="${heading}" w:hAnsi="${heading}"/><w:b/><w:bCs/>
       <w:color w:val="${accent}"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
       <w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/>
       <w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:rFonts w:ascii="${heading}" w:hAnsi="${heading}"/><w:b/><w:bCs/>
       <w:color w:val="404040"/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
       <w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="80"/></w:pPr>
       <w:rPr><w:b/><w:bCs/><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="Figure"><w:name w:val="Figure"/><w:basedOn w:val="Normal"/>
       <w:next w:val="Normal"/><w:pPr><w:spacing w:before="120" w:after="120" w:line="240" w:lineRule="auto"/>
       <w:jc w:val="center"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>
       <w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>
       <w:qFormat/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
       <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="TableSpacer"><w:name w:val="Table Spacer"/><w:basedOn w:val="Normal"/>
       <w:pPr><w:spacing w:before="0" w:after="120" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="12"/><w:szCs w:val="12"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:customStyle="1" w:styleId="BoxTitle"><w:name w:val="Box Title"/><w:basedOn w:val="Normal"/>
       <w:next w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr>
       <w:rPr><w:b/><w:bCs/><w:color w:val="${accent}"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
       <w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/></w:pPr>
       <w:rPr><w:rFonts w:ascii="${heading}" w:hAnsi="${heading}"/><w:b/><w:bCs/><w:color w:val="${accent}"/><w:sz w:val="33"/><w:szCs w:val="33"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
       <w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:before="60" w:after="40"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
       <w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="40"/><w:ind w:left="220"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="TOC3"><w:name w:val="toc 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
       <w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="40"/><w:ind w:left="440"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
       <w:unhideWhenUsed/><w:pPr>
       <w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>
       <w:unhideWhenUsed/><w:pPr>
       <w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:color w:val="7F7F7F"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
      <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/>
       <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
      <w:style w:type="character" w:customStyle="1" w:styleId="CodeChar"><w:name w:val="Code"/><w:basedOn w:val="DefaultParagraphFont"/>
       <w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/><w:color w:val="333333"/><w:sz w:val="20"/><w:szCs w:val="20"/>
       <w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:rPr></w:style>
      <w:style w:type="table" w:customStyle="1" w:styleId="DocgenDataTable"><w:name w:val="Docgen Data Table"/><w:basedOn w:val="TableNormal"/>
       <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>
       <w:top w:val="single" w:sz="8" w:space="0" w:color="${accent}"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="${accent}"/>
       <w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders></w:tblPr></w:style>
      <w:style w:type="table" w:customStyle="1" w:styleId="DocgenLayoutTable"><w:name w:val="Docgen Layout Table"/><w:basedOn w:val="TableNormal"/>
       <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
      </w:styles>
      """;
}
