// Table styles. docx has no options for them, so they are written as XML and
// handed to docx as "external styles", which it merges with its own defaults
// and ours. Every value comes from the theme (hex colours and integers), so
// nothing here needs escaping.
import { theme } from "@clausework/theme";
import { styleIds } from "./style-ids.js";
import { eighthPoints, twips } from "./units.js";

const { color, spacing } = theme;
const rule = `w:val="single" w:sz="${eighthPoints(0.5)}" w:space="0" w:color="${color.rule}"`;
const padding = twips(spacing.tableCellPadding);

const cellMargins = `<w:tblCellMar>
  <w:top w:w="${padding}" w:type="dxa"/><w:left w:w="${padding}" w:type="dxa"/>
  <w:bottom w:w="${padding}" w:type="dxa"/><w:right w:w="${padding}" w:type="dxa"/>
</w:tblCellMar>`;

const gridTable = `<w:style w:type="table" w:styleId="${styleIds.table}">
  <w:name w:val="Clausework Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>
  <w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top ${rule}/><w:left ${rule}/><w:bottom ${rule}/><w:right ${rule}/>
      <w:insideH ${rule}/><w:insideV ${rule}/>
    </w:tblBorders>
    ${cellMargins}
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:bCs/><w:color w:val="${color.tableHeaderText}"/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${color.tableHeaderBackground}"/></w:tcPr>
  </w:tblStylePr>
</w:style>`;

const layoutTable = `<w:style w:type="table" w:styleId="${styleIds.layoutTable}">
  <w:name w:val="Clausework Layout Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>
  <w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>
  <w:tblPr>${cellMargins}</w:tblPr>
</w:style>`;

const namespaces = [
  `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`,
  `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`,
  `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`,
  `xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"`,
  `xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"`,
  `mc:Ignorable="w14 w15"`,
].join(" ");

/** A styles part holding only the table styles, for docx's `externalStyles`. */
export function tableStylesXml(): string {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${namespaces}>${gridTable}${layoutTable}</w:styles>`;
  return xml.replace(/>\s+</g, "><");
}
