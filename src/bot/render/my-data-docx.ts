// The person's data as a Word document: a heading per group, a line per fact.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { DataSection } from "../views/my-data.js";
import { cleanText } from "../../domain/text.js";

export async function myDataDocx(title: string, sections: DataSection[]): Promise<Buffer> {
  const children = [
    new Paragraph({ text: cleanText(title), heading: HeadingLevel.TITLE }),
    ...sections.flatMap((section) => [
      new Paragraph({ text: cleanText(section.title), heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } }),
      ...section.lines.map((line) => new Paragraph({ children: [new TextRun(cleanText(line))] })),
    ]),
  ];
  const document = new Document({ creator: "iom-bot", title, styles: { default: { document: { run: { font: "Times New Roman", size: 24 } } } }, sections: [{ children }] });
  return Packer.toBuffer(document);
}
