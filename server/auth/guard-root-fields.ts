import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import type { GraphQLContext } from "../graphql/context.js";
import { requireRole } from "./roles.js";

/** Root fields anyone may call: `me` tells a caller who is not signed in that they must. */
const openFields = new Set(["me"]);

/**
 * Puts the viewer rule in front of every root query and mutation field, generated and custom alike:
 * it runs whatever the selection (`{ __typename }` included), before the field's own checks, with
 * the same errors as the custom resolvers (UNAUTHENTICATED without a token, FORBIDDEN without the role).
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (openFields.has(field.name)) continue;
      const resolve: GraphQLFieldResolver<unknown, GraphQLContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: GraphQLContext, info) => {
        requireRole(context.access, "viewer");
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
