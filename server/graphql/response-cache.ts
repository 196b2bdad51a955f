// A cache of whole GraphQL answers for anonymous reads, kept only while the database is unchanged.
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from "@apollo/server";
import type { FormattedExecutionResult } from "graphql";
import { LRUCache } from "lru-cache";
import { writeGeneration } from "../../graph/write-generation.js";
import type { GraphQLContext } from "./context.js";
import { isCacheableOperation, responseCacheKey } from "./cacheable-operation.js";
import type { BookmarkReader } from "./database-bookmark.js";

/** The response header that says whether a cacheable operation was answered from the cache. */
export const responseCacheHeader = "x-maillage-cache";

/** An answer kept: its data, its JSON as sent (`{"data":…}`) and that JSON's size in bytes. */
interface CachedAnswer {
  data: Record<string, unknown>;
  json: string;
  bytes: number;
}

export interface ResponseCache {
  /** The Apollo plugin; none when the cache is off. */
  plugins: ApolloServerPlugin<GraphQLContext>[];
  /**
   * Apollo's `stringifyResult`: compact JSON, reusing the text made when an answer was stored (a hit
   * is sent without serialising it again; a miss is serialised once, for its size and to send it).
   */
  stringifyResult: (result: FormattedExecutionResult) => string;
}

/**
 * The response cache. Only anonymous queries whose root fields are all pure graph reads
 * (cacheable-operation.ts) are answered from it, keyed by document hash, operation and variables;
 * answers with errors are never kept. Before each such request it reads the database's bookmark
 * (`readBookmark`): when it differs from the one the cache holds, every answer is dropped — anything
 * written by anyone since they were computed makes them all suspect. Writes of this process drop them
 * at once too (graph/write-generation.ts). When the bookmark cannot be read, the request runs as if
 * there were no cache. Bounded at `maxBytes` of JSON, least recently used first out; 0 turns it off.
 */
export function responseCache(options: { maxBytes: number; readBookmark: BookmarkReader }): ResponseCache {
  const serialised = new WeakMap<object, string>();
  const stringifyResult = (result: FormattedExecutionResult) => {
    if (result.data && result.errors === undefined && result.extensions === undefined) {
      const json = serialised.get(result.data);
      if (json !== undefined) return json;
    }
    return JSON.stringify(result);
  };
  if (options.maxBytes <= 0) return { plugins: [], stringifyResult };

  const answers = new LRUCache<string, CachedAnswer>({
    maxSize: options.maxBytes,
    sizeCalculation: (answer) => Math.max(1, answer.bytes),
  });
  // The database state every answer kept belongs to.
  let held: { bookmark: string | undefined; generation: number } = { bookmark: undefined, generation: -1 };

  const requestListener = (): GraphQLRequestListener<GraphQLContext> => {
    // What this request saw before running, when its answer may be stored.
    let storable: { key: string; bookmark: string; generation: number } | undefined;
    return {
      async responseForOperation(requestContext) {
        const { contextValue, operation, document, queryHash } = requestContext;
        // Anonymous readers only (all of them get the same answers), and only where they may read at all.
        const { access } = contextValue;
        if (access.user || contextValue.jwt || !access.anonymousRead || !queryHash) return null;
        if (!isCacheableOperation(operation, document)) return null;
        const headers = requestContext.response.http.headers;
        headers.set(responseCacheHeader, "miss");
        const generation = writeGeneration();
        let bookmark: string;
        try {
          bookmark = await options.readBookmark();
        } catch {
          return null;
        }
        if (bookmark !== held.bookmark || generation !== held.generation) {
          answers.clear();
          held = { bookmark, generation };
        }
        const key = responseCacheKey(queryHash, requestContext.operationName, requestContext.request.variables);
        const answer = answers.get(key);
        if (answer) {
          headers.set(responseCacheHeader, "hit");
          return { http: { headers: new HeaderMap() }, body: { kind: "single", singleResult: { data: answer.data } } };
        }
        storable = { key, bookmark, generation };
        return null;
      },
      async willSendResponse(requestContext) {
        if (!storable) return;
        const { body } = requestContext.response;
        if (body.kind !== "single") return;
        const { data, errors, extensions } = body.singleResult;
        if (!data || errors?.length || extensions !== undefined) return;
        // Kept only if nothing was seen written since this request read its bookmark.
        if (held.bookmark !== storable.bookmark || held.generation !== storable.generation) return;
        if (writeGeneration() !== storable.generation) return;
        const json = JSON.stringify({ data });
        serialised.set(data, json);
        answers.set(storable.key, { data, json, bytes: Buffer.byteLength(json) });
      },
    };
  };

  return {
    plugins: [{ requestDidStart: async () => requestListener() }],
    stringifyResult,
  };
}
