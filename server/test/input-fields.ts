/**
 * What a tRPC procedure's zod input expects, read from its schemas (`_def.inputs`): the top-level
 * keys, each with the values its schema itself names (enum members, literals, booleans, a small
 * number). Fuzzing with these gets past the first checks and reaches the later ones.
 */
type ZodDef = {
  type: string;
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  in?: { _zod: { def: ZodDef } };
  innerType?: { _zod: { def: ZodDef } };
  options?: { _zod: { def: ZodDef } }[];
  left?: { _zod: { def: ZodDef } };
  right?: { _zod: { def: ZodDef } };
  entries?: Record<string, unknown>;
  values?: unknown[];
};

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"]);

const defOf = (schema: unknown): ZodDef | undefined => (schema as { _zod?: { def?: ZodDef } })?._zod?.def;

function unwrap(def: ZodDef | undefined): ZodDef[] {
  if (!def) return [];
  if (WRAPPERS.has(def.type)) return unwrap(defOf(def.innerType));
  if (def.type === "pipe") return unwrap(defOf(def.in));
  if (def.type === "union") return (def.options ?? []).flatMap((option) => unwrap(defOf(option)));
  if (def.type === "intersection") return [...unwrap(defOf(def.left)), ...unwrap(defOf(def.right))];
  return [def];
}

function namedValues(def: ZodDef | undefined): unknown[] {
  return unwrap(def).flatMap((inner) => {
    if (inner.type === "enum") return Object.values(inner.entries ?? {});
    if (inner.type === "literal") return inner.values ?? [];
    if (inner.type === "boolean") return [true, false];
    if (inner.type === "number" || inner.type === "int") return [1];
    return [];
  });
}

export function expectedFields(inputs: readonly unknown[]): Map<string, unknown[]> {
  const fields = new Map<string, unknown[]>();
  for (const input of inputs) {
    for (const object of unwrap(defOf(input)).filter((def) => def.type === "object")) {
      for (const [key, schema] of Object.entries(object.shape ?? {})) {
        fields.set(key, [...(fields.get(key) ?? []), ...namedValues(defOf(schema))]);
      }
    }
  }
  return fields;
}
