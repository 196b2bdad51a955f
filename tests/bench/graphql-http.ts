// GraphQL over HTTP as a client does it: the typed documents of schema/queries, printed and posted.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { Kind, print, type DocumentNode, type OperationDefinitionNode } from "graphql";

/** A GraphQL response with its size on the wire. */
export interface GraphQLResult<TResult> {
  data: TResult;
  /** Response body size in bytes. */
  bytes: number;
  extensions?: Record<string, unknown> | undefined;
}

/** The request failed or the response carries errors. */
export class GraphQLRequestError extends Error {
  override name = "GraphQLRequestError";
}

/** A client of one GraphQL endpoint; documents are printed once. */
export class GraphQLHttp {
  private readonly printed = new WeakMap<object, string>();

  constructor(readonly url: string) {}

  /** Posts an operation (a typed document or query text) and returns its data; throws on errors. */
  async execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables> | string,
    variables?: TVariables,
  ): Promise<GraphQLResult<TResult>> {
    const query = typeof document === "string" ? document : this.print(document);
    const response = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as {
      data?: TResult;
      errors?: Array<{ message: string }>;
      extensions?: Record<string, unknown>;
    };
    if (response.status !== 200 || body.errors?.length || !body.data) {
      throw new GraphQLRequestError(
        `GraphQL request to ${this.url} failed (HTTP ${response.status}): ${text.slice(0, 1000)}`,
      );
    }
    return { data: body.data, bytes: Buffer.byteLength(text), extensions: body.extensions };
  }

  private print(document: DocumentNode): string {
    let text = this.printed.get(document);
    if (text === undefined) {
      text = print(document);
      this.printed.set(document, text);
    }
    return text;
  }
}

/**
 * One operation made of the operations of several typed documents (their variables and root fields
 * side by side), as a page asks for what it shows in one request. Variables of the same name must
 * have the same type.
 */
export function combineOperations<TResult, TVariables>(
  name: string,
  ...documents: Array<TypedDocumentNode<unknown, never>>
): TypedDocumentNode<TResult, TVariables> {
  const operations = documents.map((document) => {
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    if (!operation) throw new Error("combineOperations: a document has no operation");
    return operation;
  });
  const variables = new Map(
    operations
      .flatMap((operation) => operation.variableDefinitions ?? [])
      .map((definition) => [definition.variable.name.value, definition]),
  );
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: operations[0]!.operation,
    name: { kind: Kind.NAME, value: name },
    variableDefinitions: [...variables.values()],
    selectionSet: { kind: Kind.SELECTION_SET, selections: operations.flatMap((each) => each.selectionSet.selections) },
  };
  return { kind: Kind.DOCUMENT, definitions: [operation] };
}
