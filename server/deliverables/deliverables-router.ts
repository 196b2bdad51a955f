// HTTP entry of the deliverable tables, to mount where the lead decides (read access suffices):
//   app.use("/api/deliverables", deliverablesRouter(driver, database))
// GET /api/deliverables → the list; GET /api/deliverables/participants-per-event.xlsx?year=2024
// (also .csv, .json) → the file. Query parameters: year, territory, pole, programme, markets=HEALTH,ASD.
import { Router, type ErrorRequestHandler, type Request } from "express";
import type { Driver } from "neo4j-driver";
import { toCsv, toXlsx } from "./deliverable-files.js";
import { DeliverableError, type DeliverableParams } from "./deliverable-table.js";
import { buildDeliverable, deliverableTables } from "./deliverable-tables.js";
import { sendError, sendUnexpectedError } from "../http/send-error.js";

const formats = ["csv", "xlsx", "json"] as const;
type Format = (typeof formats)[number];

const contentTypes: Record<Format, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

/** A single query-string value, or undefined. */
function single(value: unknown, name: string): string | undefined {
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "string") throw new DeliverableError(`give ${name} once`, "BAD_USER_INPUT");
  if (!/^[\p{L}\p{N}_,.-]{1,100}$/u.test(value))
    throw new DeliverableError(`${name} "${value}" is not an id`, "BAD_USER_INPUT");
  return value;
}

/** The table parameters of a request's query string. */
export function paramsFromQuery(query: Request["query"]): DeliverableParams {
  const year = single(query.year, "year");
  if (year !== undefined && !/^\d{4}$/u.test(year))
    throw new DeliverableError(`year must be four digits, e.g. 2024 (got "${year}")`, "BAD_USER_INPUT");
  const markets = single(query.markets, "markets");
  const params: DeliverableParams = {};
  if (year !== undefined) params.year = Number(year);
  for (const name of ["territory", "pole", "programme"] as const) {
    const value = single(query[name], name);
    if (value !== undefined) params[name] = value;
  }
  if (markets !== undefined) params.markets = markets.split(",").filter((market) => market !== "");
  return params;
}

/** The deliverable routes: the list, and each table as CSV, XLSX or JSON. */
export function deliverablesRouter(
  driver: Driver,
  database: string | undefined,
  options: { timeoutMs?: number | undefined } = {},
): Router {
  const router = Router();
  router.get("/", (_req, res) => {
    res.json({ tables: deliverableTables.map((table) => ({ ...table, formats })) });
  });
  router.get("/:file", async (req, res, next) => {
    try {
      const file = String(req.params.file);
      const dot = file.lastIndexOf(".");
      const format = file.slice(dot + 1) as Format;
      if (dot <= 0 || !formats.includes(format))
        throw new DeliverableError(`ask for ${file}.csv, ${file}.xlsx or ${file}.json`, "NOT_FOUND");
      const table = await buildDeliverable(driver, file.slice(0, dot), paramsFromQuery(req.query), {
        database,
        timeoutMs: options.timeoutMs,
      });
      const name = `${table.id}${table.params.year === null ? "" : `-${table.params.year}`}.${format}`;
      res.setHeader("content-type", contentTypes[format]);
      if (format !== "json") res.setHeader("content-disposition", `attachment; filename="${name}"`);
      if (format === "csv") res.send(Buffer.from(toCsv(table), "utf8"));
      else if (format === "xlsx") res.send(await toXlsx(table));
      else res.json(table);
    } catch (error) {
      next(error);
    }
  });
  router.use(deliverableErrors);
  return router;
}

/** DeliverableError → 404/400; a database that cannot be reached → 503 DATABASE_UNAVAILABLE; anything
 *  else → 500, its details logged on the server only. */
const deliverableErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  if (error instanceof DeliverableError) {
    sendError(res, error.code, error.message);
    return;
  }
  sendUnexpectedError(res, error, "a deliverable table", { internal: "The table could not be generated." });
};
