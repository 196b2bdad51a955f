import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readSourceText } from "./read-source-text.js";

/** A minimal Word document with these paragraphs, built in memory. */
async function aDocx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`).join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("readSourceText on Word files", () => {
  it("reads a .docx file's paragraphs as plain text", async () => {
    const docx = await aDocx(["Convention de partenariat", "Cryla, à Thise, rejoint le programme."]);
    const source = await readSourceText(docx, "convention.docx");
    expect(source.format).toBe("docx");
    expect(source.text).toBe("Convention de partenariat\n\nCryla, à Thise, rejoint le programme.");
    expect(source.pageStarts).toEqual([0]);
  });

  it("says a .docx with no words is empty, and a broken one cannot be read", async () => {
    await expect(readSourceText(await aDocx([]), "vide.docx")).rejects.toMatchObject({ problem: "EMPTY" });
    await expect(readSourceText(Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), "cassé.docx")).rejects.toMatchObject({
      problem: "UNSUPPORTED_FORMAT",
    });
  });

  it("still refuses an old binary .doc", async () => {
    await expect(readSourceText(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), "ancien.doc")).rejects.toMatchObject({
      problem: "UNSUPPORTED_FORMAT",
    });
  });
});
