// Bytes of an uploaded CSV → text. UTF-8 (with or without BOM) is read as is; a file that is not
// valid UTF-8 is read as Windows-1252, the encoding French Excel writes for "CSV (séparateur :
// point-virgule)", and the report says so; UTF-16 with a BOM (Excel's "Texte Unicode") is read too.
// Anything else that cannot be text (a workbook, a binary file) is refused with a reason.

/** How the bytes were read. */
export type CsvEncoding = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

/** Text read from a file, or why it cannot be. */
export type DecodedCsv =
  | { ok: true; text: string; encoding: CsvEncoding; bom: boolean; note?: string }
  | { ok: false; code: "EMPTY_FILE" | "NOT_A_CSV" | "UNREADABLE_ENCODING"; message: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** What Windows-1252 puts at 0x80–0x9F, where Latin-1 has control codes; "" where it defines nothing.
 *  (Node 20's TextDecoder("windows-1252") decodes these bytes as Latin-1, so the table is ours.) */
const windows1252High = "€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ";

/** Starts with the given bytes. */
function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Decodes a CSV file's bytes, detecting a BOM, invalid UTF-8 (→ Windows-1252) and non-text files. */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes.length === 0) return { ok: false, code: "EMPTY_FILE", message: "The file is empty." };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return {
      ok: false,
      code: "NOT_A_CSV",
      message:
        "The file is an Excel workbook (.xlsx), not a CSV: in Excel, « Enregistrer sous » → « CSV UTF-8 (délimité par des virgules) » or « CSV (séparateur : point-virgule) ».",
    };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return {
      ok: false,
      code: "NOT_A_CSV",
      message: "The file is an old Excel workbook (.xls), not a CSV: save it as « CSV UTF-8 » from Excel.",
    };
  }
  if (startsWith(bytes, [0xff, 0xfe]))
    return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", bom: true };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", bom: true };
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) {
    return {
      ok: false,
      code: "UNREADABLE_ENCODING",
      message:
        "The file holds NUL bytes: it is binary, or UTF-16 without a byte-order mark. Save it from Excel as « CSV UTF-8 ».",
    };
  }
  try {
    return { ok: true, text: utf8.decode(body), encoding: "utf-8", bom };
  } catch {
    return decodeWindows1252(body, bom);
  }
}

/** Reads bytes that are not UTF-8 as Windows-1252 (a superset of Latin-1's printable characters);
 *  refuses the five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
function decodeWindows1252(body: Uint8Array, bom: boolean): DecodedCsv {
  if (bom) {
    return {
      ok: false,
      code: "UNREADABLE_ENCODING",
      message:
        "The file starts with a UTF-8 byte-order mark but is not valid UTF-8: it was damaged or mixes encodings. Save it again from Excel as « CSV UTF-8 ».",
    };
  }
  let text = "";
  let line = 1;
  for (let start = 0; start < body.length; start += 8_192) {
    const chunk = body.subarray(start, start + 8_192);
    const chars: string[] = new Array<string>(chunk.length);
    for (let index = 0; index < chunk.length; index++) {
      const byte = chunk[index]!;
      if (byte === 0x0a) line++;
      if (byte < 0x80 || byte > 0x9f) {
        chars[index] = String.fromCharCode(byte);
        continue;
      }
      const char = windows1252High[byte - 0x80]!;
      if (char === "\u0000") {
        return {
          ok: false,
          code: "UNREADABLE_ENCODING",
          message: `The file is neither UTF-8 nor Windows-1252/Latin-1 (line ${line} holds the byte 0x${byte.toString(16)}, which neither defines). Save it from Excel as « CSV UTF-8 ».`,
        };
      }
      chars[index] = char;
    }
    text += chars.join("");
  }
  return {
    ok: true,
    text,
    encoding: "windows-1252",
    bom: false,
    note: "The file is not valid UTF-8: it was read as Windows-1252 (Latin-1), the encoding of Excel's « CSV (séparateur : point-virgule) ». Check that accented names below read correctly.",
  };
}
