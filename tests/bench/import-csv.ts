// The synthetic ecosystem as the CSV files of Neo4j's import tool: per node group a file whose
// `<key>:ID(<Label>)` column is the label's key, per relationship group a file of
// `:START_ID(<Label>)`, `:END_ID(<Label>)` and the evidence; every value typed by the one rule of
// graph/property-values.ts, so the imported store holds what the online loader writes.
import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import neo4j from "neo4j-driver";
import { factId } from "../../graph/fact-model.js";
import { nodeProperties, relationshipProperties } from "../../graph/property-values.js";
import type { ImportFiles } from "../../server/neo4j/embedded-import.js";
import { nodeKeys } from "../../schema/node-keys.js";
import type { Ecosystem } from "./synthetic-ecosystem.js";

/** The character between the items of an array cell (`sources`, `aliases`). */
export const arrayDelimiter = "|";

/** The import tool's type of a column (`long`, `double`, `date`, `boolean`, `string`, or an array of one). */
type ColumnType = "long" | "double" | "date" | "boolean" | "string";
interface Column {
  name: string;
  type: ColumnType;
  array: boolean;
}

export interface ImportCsv {
  nodes: ImportFiles[];
  relationships: ImportFiles[];
  /** Whether a cell holds a line break (the tool must then read quoted line breaks). */
  multilineFields: boolean;
  bytes: number;
  seconds: number;
}

/** A value the CSV cannot carry as the column it belongs to says (the sample saw another type). */
export class ImportCsvError extends Error {
  override name = "ImportCsvError";
}

/** How many facts of a group are read to find its columns; a later fact with another property fails. */
const sampleSize = 10_000;

/** Writes the ecosystem's CSV files (a header file and a data file per group) under `dir`. */
export async function writeImportCsv(ecosystem: Ecosystem, dir: string): Promise<ImportCsv> {
  const started = performance.now();
  mkdirSync(dir, { recursive: true });
  const state = { multiline: false, bytes: 0 };
  const nodes: ImportFiles[] = [];
  for (const group of ecosystem.nodeGroups) {
    const key = nodeKeys[group.label];
    const valuesOf = (index: number): Record<string, unknown> => {
      const fact = group.fact(index);
      return { [key]: fact.key, ...nodeProperties(group.label, fact.properties), sources: fact.sources };
    };
    const columns = columnsOf(group.size, valuesOf, key);
    const header = [`${key}:ID(${group.label})`, ...columns.filter((column) => column.name !== key).map(headerOf)];
    const file = `nodes-${group.label}`;
    nodes.push(
      await writeGroup(dir, file, group.label, header, group.size, state, (index) => {
        const values = valuesOf(index);
        return [cell(values[key], idColumn, state), ...cells(values, columns, key, state, group.label)];
      }),
    );
  }
  const relationships: ImportFiles[] = [];
  for (const [number, group] of ecosystem.relationshipGroups.entries()) {
    const valuesOf = (index: number) => {
      const fact = group.fact(index);
      return {
        start: fact.from.slice(group.from.length + 1),
        end: fact.to.slice(group.to.length + 1),
        properties: {
          factId: factId(fact),
          ...relationshipProperties(fact.type, {
            ...fact.properties,
            source: fact.source,
            quote: fact.quote,
            confidence: fact.confidence,
            reason: fact.reason ?? null,
          }),
        },
      };
    };
    const columns = columnsOf(group.size, (index) => valuesOf(index).properties);
    const header = [`:START_ID(${group.from})`, `:END_ID(${group.to})`, ...columns.map(headerOf)];
    const file = `relationships-${number}-${group.type}-${group.from}-${group.to}`;
    relationships.push(
      await writeGroup(dir, file, group.type, header, group.size, state, (index) => {
        const values = valuesOf(index);
        return [
          cell(values.start, idColumn, state),
          cell(values.end, idColumn, state),
          ...cells(values.properties, columns, undefined, state, group.type),
        ];
      }),
    );
  }
  return { nodes, relationships, multilineFields: state.multiline, bytes: state.bytes, seconds: elapsed(started) };
}

const idColumn: Column = { name: ":ID", type: "string", array: false };
const elapsed = (since: number) => (performance.now() - since) / 1000;
const headerOf = (column: Column) => `${column.name}:${column.type}${column.array ? "[]" : ""}`;

/** The columns of a group, from its first facts: each property's name and the type of its first value. */
function columnsOf(size: number, valuesOf: (index: number) => Record<string, unknown>, skip?: string): Column[] {
  const columns = new Map<string, Column>();
  for (let index = 0; index < Math.min(size, sampleSize); index++) {
    for (const [name, value] of Object.entries(valuesOf(index))) {
      if (name === skip || columns.has(name) || value === null || value === undefined) continue;
      const first: unknown = Array.isArray(value) ? value[0] : value;
      if (first === undefined) continue;
      columns.set(name, { name, type: typeOf(first), array: Array.isArray(value) });
    }
  }
  return [...columns.values()];
}

function typeOf(value: unknown): ColumnType {
  if (neo4j.isInt(value)) return "long";
  if (neo4j.isDate(value)) return "date";
  if (typeof value === "number") return "double";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "string") return "string";
  throw new ImportCsvError(`no CSV column type for ${String(value)}`);
}

/** The cells of a row's properties, in column order; a property outside the columns is an error. */
function cells(
  values: Record<string, unknown>,
  columns: Column[],
  skip: string | undefined,
  state: { multiline: boolean },
  owner: string,
): string[] {
  for (const name of Object.keys(values)) {
    if (name !== skip && values[name] !== null && !columns.some((column) => column.name === name)) {
      throw new ImportCsvError(`${owner}.${name} is not among the columns read from the first ${sampleSize} facts`);
    }
  }
  return columns.map((column) => cell(values[column.name], column, state, owner));
}

/** One cell: empty for no value (the tool then sets no property), strings quoted. */
function cell(value: unknown, column: Column, state: { multiline: boolean }, owner = ""): string {
  if (value === null || value === undefined) return "";
  const where = `${owner}.${column.name}`;
  if (column.array) {
    if (!Array.isArray(value)) throw new ImportCsvError(`${where} is an array column, got ${JSON.stringify(value)}`);
    const items = value.map((item) => scalar(item, column.type, where));
    if (items.some((item) => item.includes(arrayDelimiter)))
      throw new ImportCsvError(`an item of ${where} holds the array delimiter "${arrayDelimiter}"`);
    return quoted(items.join(arrayDelimiter), state);
  }
  const text = scalar(value, column.type, where);
  return column.type === "string" || column.type === "date" ? quoted(text, state) : text;
}

function scalar(value: unknown, type: ColumnType, where: string): string {
  if (type !== typeOf(value)) throw new ImportCsvError(`${where} is a ${type} column, got ${String(value)}`);
  return type === "long" || type === "date" ? (value as { toString(): string }).toString() : String(value);
}

function quoted(text: string, state: { multiline: boolean }): string {
  if (text.includes("\n") || text.includes("\r")) state.multiline = true;
  return `"${text.replaceAll('"', '""')}"`;
}

/** Writes a group's header file and its data file, rows built one at a time. */
async function writeGroup(
  dir: string,
  file: string,
  name: string,
  header: string[],
  size: number,
  state: { bytes: number },
  row: (index: number) => string[],
): Promise<ImportFiles> {
  const headerFile = path.join(dir, `${file}-header.csv`);
  const dataFile = path.join(dir, `${file}.csv`);
  const headerStream = createWriteStream(headerFile);
  headerStream.end(`${header.join(",")}\n`);
  await once(headerStream, "finish");
  const data = createWriteStream(dataFile);
  try {
    let chunk: string[] = [];
    let chunkLength = 0;
    for (let index = 0; index < size; index++) {
      const line = `${row(index).join(",")}\n`;
      chunk.push(line);
      chunkLength += line.length;
      if (chunkLength > 1 << 20) {
        await write(data, chunk.join(""));
        state.bytes += chunkLength;
        chunk = [];
        chunkLength = 0;
      }
    }
    await write(data, chunk.join(""));
    state.bytes += chunkLength;
    data.end();
    await once(data, "finish");
  } catch (error) {
    data.destroy();
    await once(data, "close");
    throw error;
  }
  return { name, header: headerFile, data: [dataFile] };
}

/** Writes, waiting for the stream to drain when its buffer is full. */
async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}
