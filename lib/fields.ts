/**
 * The fields of a content schema as the authoring tools see them: label, help, widget, required,
 * nested fields. The new-file command, the editing form's configuration and the writing guide are
 * all generated from this walk over `lib/schema.ts`, so none of them can drift from the checker.
 * https://zod.dev/metadata  https://zod.dev/packages/core#schemas
 */
import { z } from "zod";
import type { FieldMeta } from "./schema.ts";

export type Widget = NonNullable<FieldMeta["widget"]> | "number";

export interface FieldInfo {
  key: string;
  /** The French label (`meta.title`), the key when the schema gives none. */
  title: string;
  description?: string;
  widget: Widget;
  /** False when the field may be left out (the schema accepts `undefined`). */
  required: boolean;
  /** The value is a list (of `fields` objects, or of scalars). */
  list: boolean;
  /** Fields of an object, or of each item of a list of objects. */
  fields?: FieldInfo[];
  /** The choices of a select. */
  options?: readonly string[];
  /** A new file leaves it out (see `FieldMeta.noDefault`). */
  noDefault: boolean;
  /** The field's own schema, to test candidate values against. */
  schema: z.ZodType;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** Wrappers that do not change what the author writes. */
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"]);

/** The schema behind wrappers and pipes (`preprocess`, `transform` keep the input's shape), and the first metadata met on the way. */
function core(schema: z.ZodType): { inner: z.ZodType; meta: Partial<FieldMeta> } {
  let current = schema;
  let meta: Partial<FieldMeta> | undefined;
  for (;;) {
    meta ??= current.meta() as Partial<FieldMeta> | undefined;
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.out && def.in) current = defOf(def.out).type === "transform" ? def.in : def.out;
    else return { inner: current, meta: meta ?? {} };
  }
}

function derivedWidget(inner: z.ZodType, list: boolean): Widget {
  if (list) return "list";
  if (inner instanceof z.ZodObject) return "object";
  if (inner instanceof z.ZodBoolean) return "boolean";
  if (inner instanceof z.ZodEnum) return "select";
  if (inner instanceof z.ZodNumber) return "number";
  return "string";
}

export function describeField(key: string, schema: z.ZodType): FieldInfo {
  const outer = core(schema);
  const list = outer.inner instanceof z.ZodArray;
  const item = list ? core(defOf(outer.inner).element!) : outer;
  const meta = { ...item.meta, ...outer.meta };
  const options = meta.options ?? (item.inner instanceof z.ZodEnum ? (item.inner.options as string[]) : undefined);
  return {
    key,
    title: meta.title ?? key,
    description: meta.description,
    widget: meta.widget ?? derivedWidget(item.inner, list),
    required: !schema.safeParse(undefined).success,
    list,
    fields: item.inner instanceof z.ZodObject ? describeFields(item.inner) : undefined,
    options,
    noDefault: meta.noDefault === true,
    schema,
  };
}

/** Every field of an object schema, in the schema's order. */
export function describeFields(schema: z.ZodObject): FieldInfo[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => describeField(key, field));
}

/** Every field with its path (`files[].file`), depth first: what the guide and the tests list. */
export function flattenFields(fields: readonly FieldInfo[], prefix = ""): { path: string; field: FieldInfo }[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.key}` : field.key;
    const childPrefix = field.list ? `${path}[]` : path;
    return [{ path, field }, ...(field.fields ? flattenFields(field.fields, childPrefix) : [])];
  });
}
