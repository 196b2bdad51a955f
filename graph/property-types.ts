// The declared type of each stored property, read from the schema: `revenue: Float` on
// Organization, `year: Int` on the Funding relationship properties, `startDate: Date` …
import { Kind, parse, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type TypeNode } from "graphql";
import { loadTypeDefs } from "./schema-files.js";

/** The scalar types a stored property can be declared with. */
export type PropertyType = "Int" | "BigInt" | "Float" | "Date" | "DateTime" | "String" | "Boolean" | "ID";

/** Declared property types: of node labels, and of relationship types (through their properties type). */
export interface PropertyTypes {
  nodes: Map<string, Map<string, PropertyType>>;
  relationships: Map<string, Map<string, PropertyType>>;
}

const storedScalars = new Set<string>(["Int", "BigInt", "Float", "Date", "DateTime", "String", "Boolean", "ID"]);

/** The named scalar of a field's type (`[Int!]!` → Int), or undefined for object types. */
function scalarOf(type: TypeNode): PropertyType | undefined {
  if (type.kind !== Kind.NAMED_TYPE) return scalarOf(type.type);
  return storedScalars.has(type.name.value) ? (type.name.value as PropertyType) : undefined;
}

/** A field's own declared scalar, skipping fields computed by @cypher or reached by @relationship. */
function storedFields(type: ObjectTypeDefinitionNode): Map<string, PropertyType> {
  const computed = (field: FieldDefinitionNode) =>
    field.directives?.some((directive) =>
      ["cypher", "relationship", "customResolver"].includes(directive.name.value),
    ) ?? false;
  const fields = new Map<string, PropertyType>();
  for (const field of type.fields ?? []) {
    const scalar = scalarOf(field.type);
    if (scalar && !computed(field)) fields.set(field.name.value, scalar);
  }
  return fields;
}

/** Reads the declared property types from type definitions (by default, schema/*.graphql). */
export function readPropertyTypes(typeDefs: string[] = loadTypeDefs()): PropertyTypes {
  const definitions = typeDefs
    .flatMap((source) => parse(source).definitions)
    .filter((definition): definition is ObjectTypeDefinitionNode => definition.kind === Kind.OBJECT_TYPE_DEFINITION);
  const hasDirective = (type: ObjectTypeDefinitionNode, name: string) =>
    type.directives?.some((directive) => directive.name.value === name) ?? false;
  const propertiesTypes = new Map(
    definitions
      .filter((type) => hasDirective(type, "relationshipProperties"))
      .map((type) => [type.name.value, storedFields(type)]),
  );
  const nodes = new Map<string, Map<string, PropertyType>>();
  const relationships = new Map<string, Map<string, PropertyType>>();
  for (const type of definitions.filter((definition) => hasDirective(definition, "node"))) {
    nodes.set(type.name.value, storedFields(type));
    for (const field of type.fields ?? []) {
      const relationship = field.directives?.find((directive) => directive.name.value === "relationship");
      const argument = (name: string) => relationship?.arguments?.find((arg) => arg.name.value === name)?.value;
      const relationshipType = argument("type");
      const properties = argument("properties");
      if (relationshipType?.kind !== Kind.STRING || properties?.kind !== Kind.STRING) continue;
      const declared = relationships.get(relationshipType.value) ?? new Map<string, PropertyType>();
      for (const [name, scalar] of propertiesTypes.get(properties.value) ?? []) declared.set(name, scalar);
      relationships.set(relationshipType.value, declared);
    }
  }
  return { nodes, relationships };
}
