// The resolvers of schema/registry.graphql: matches are read by the staff (editors) and reviewed by
// admins; every accepted match is written with its audit entry in one transaction.
import { gbmEpciCode } from "../../graph/communes/reference-data.js";
import type { GraphDatabase } from "../../graph/graph-database.js";
import { requireRole } from "../auth/roles.js";
import { FieldChecks } from "../editing/edit-errors.js";
import { assertIntInRange } from "../graphql/errors.js";
import type { GraphQLContext } from "../graphql/context.js";
import { BadUserInputError } from "../graphql/errors.js";
import { parseRef } from "../graphql/ref-argument.js";
import type { Label } from "../../schema/node-keys.js";
import type { MutationResolvers, QueryResolvers } from "../__generated__/resolvers-types.js";
import { RegistryUnavailableError } from "./company-search.js";
import { findImportRun } from "./import-progress.js";
import { organizationsBySizeAndActivity, registryDisagreements } from "./registry-questions.js";
import { listMatches } from "./registry-matches.js";
import { searchRegistryFor, searchStatus, type RegistrySearchSettings } from "./registry-search.js";
import { acceptMatch, rejectMatch } from "./review-match.js";

/** The key of a `Label:key` argument of the given label, or null when absent. */
function refKey(ref: string | null | undefined, label: Label, argumentName: string): string | null {
  if (ref == null) return null;
  const parsed = parseRef(ref, argumentName);
  if (parsed.label !== label)
    throw new BadUserInputError(
      `${argumentName} must be a ${label} reference ${label}:key (got "${ref}")`,
      argumentName,
    );
  return parsed.key;
}

/** Checks the admin role and a reason; returns who reviews. */
function reviewer(context: GraphQLContext, why: string): string {
  requireRole(context.access, "admin");
  new FieldChecks()
    .check(why.trim() !== "", "why", "say why the match is accepted or rejected", { code: "WHY_REQUIRED" })
    .throwIfAny();
  return context.access.user!.id;
}

/** The Query and Mutation resolvers of the register. */
export function registryResolvers(
  graph: GraphDatabase,
  settings: RegistrySearchSettings | undefined,
): { Query: QueryResolvers; Mutation: MutationResolvers } {
  return {
    Query: {
      registryMatches: (_, args, context) => {
        requireRole(context.access, "editor");
        return listMatches(graph, {
          status: args.status ?? null,
          organizationId: refKey(args.organizationRef, "Organization", "organizationRef"),
          limit: assertIntInRange(args.limit, 1, 1000, "limit"),
        });
      },
      registrySearch: () => searchStatus(settings),
      registryImportProgress: (_, args, context) => {
        requireRole(context.access, "admin");
        return findImportRun(graph, args.id);
      },
      registryDisagreements: (_, args) =>
        registryDisagreements(graph, refKey(args.organizationRef, "Organization", "organizationRef")),
      organizationsBySizeAndActivity: (_, args) =>
        organizationsBySizeAndActivity(graph, {
          territory: refKey(args.territoryRef, "Territory", "territoryRef") ?? gbmEpciCode,
          sizeBands: args.sizeBands ?? null,
          activity: args.activityPrefix ?? null,
          kinds: args.kinds,
        }),
    },
    Mutation: {
      acceptRegistryMatch: (_, args, context) =>
        acceptMatch(graph, args.id, reviewer(context, args.why), args.why.trim()),
      rejectRegistryMatch: (_, args, context) =>
        rejectMatch(graph, args.id, reviewer(context, args.why), args.why.trim()),
      searchRegistry: (_, args, context) => {
        requireRole(context.access, "admin");
        const organization = refKey(args.organizationRef, "Organization", "organizationRef")!;
        if (!settings?.searchUrl) throw new RegistryUnavailableError(searchStatus(settings).reason!);
        return searchRegistryFor(graph, settings, organization);
      },
    },
  };
}
