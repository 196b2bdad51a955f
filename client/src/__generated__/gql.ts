/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query SearchOrganizations($text: String!, $limit: Int! = 20) {\n  searchOrganizations(text: $text, limit: $limit) {\n    id\n    name\n    kind\n    country\n  }\n}": typeof types.SearchOrganizationsDocument,
    "query OrganizationBureau($id: ID!) {\n  organizations(where: {id: {eq: $id}}) {\n    id\n    name\n    bureauMembersConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          source\n          quote\n          confidence\n          role\n        }\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n}": typeof types.OrganizationBureauDocument,
};
const documents: Documents = {
    "query SearchOrganizations($text: String!, $limit: Int! = 20) {\n  searchOrganizations(text: $text, limit: $limit) {\n    id\n    name\n    kind\n    country\n  }\n}": types.SearchOrganizationsDocument,
    "query OrganizationBureau($id: ID!) {\n  organizations(where: {id: {eq: $id}}) {\n    id\n    name\n    bureauMembersConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          source\n          quote\n          confidence\n          role\n        }\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n}": types.OrganizationBureauDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchOrganizations($text: String!, $limit: Int! = 20) {\n  searchOrganizations(text: $text, limit: $limit) {\n    id\n    name\n    kind\n    country\n  }\n}"): (typeof documents)["query SearchOrganizations($text: String!, $limit: Int! = 20) {\n  searchOrganizations(text: $text, limit: $limit) {\n    id\n    name\n    kind\n    country\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationBureau($id: ID!) {\n  organizations(where: {id: {eq: $id}}) {\n    id\n    name\n    bureauMembersConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          source\n          quote\n          confidence\n          role\n        }\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query OrganizationBureau($id: ID!) {\n  organizations(where: {id: {eq: $id}}) {\n    id\n    name\n    bureauMembersConnection(sort: [{node: {name: ASC}}]) {\n      edges {\n        properties {\n          source\n          quote\n          confidence\n          role\n        }\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;