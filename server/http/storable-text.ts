/**
 * Text the database cannot store. PostgreSQL refuses NUL (U+0000) in `text` and in `jsonb` alike;
 * every other code point is fine. A lone UTF-16 surrogate is not a character at all: it has no
 * UTF-8 form, so it would be stored mangled or refused depending on the driver. Both are refused
 * at the edge instead of turning into a 500 deep inside a service.
 */
export const UNSTORABLE_TEXT_MESSAGE = "Text must not contain control characters such as NUL, or broken Unicode.";

export const isStorableText = (text: string) => !text.includes("\u0000") && text.isWellFormed();

export type InputPath = (string | number)[];

/**
 * A place in the input, linked to its parent rather than holding a copy of its path, so that deep
 * nesting costs linear memory. No key: the parent's path (a Set's item, a Map's key).
 */
interface Place {
  value: unknown;
  key?: string | number;
  parent?: Place;
}

function pathOf(place: Place): InputPath {
  const path: InputPath = [];
  for (let at: Place | undefined = place; at; at = at.parent) if (at.key !== undefined) path.push(at.key);
  return path.reverse();
}

/**
 * The path to the shallowest string in `input` (a value, or an object's key: then the object's
 * path) that the database could not store, or null when there is none. Walks objects, arrays,
 * Maps and Sets (superjson produces the latter two) breadth first without recursion, so deep
 * nesting cannot overflow the stack, and visits each object once, so shared references (superjson
 * produces those too) cannot make the walk longer than the input.
 */
export function findUnstorableText(input: unknown): InputPath | null {
  const queue: Place[] = [{ value: input }];
  const seen = new Set<object>();
  for (let next = 0; next < queue.length; next++) {
    const place = queue[next];
    const { value } = place;
    if (typeof value === "string") {
      if (!isStorableText(value)) return pathOf(place);
      continue;
    }
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof Map) {
      for (const [key, item] of value) queue.push({ value: key, parent: place }, { value: item, key: String(key), parent: place });
    } else if (value instanceof Set) {
      for (const item of value) queue.push({ value: item, parent: place });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => queue.push({ value: item, key: index, parent: place }));
    } else {
      for (const [key, item] of Object.entries(value)) {
        if (!isStorableText(key)) return pathOf(place);
        queue.push({ value: item, key, parent: place });
      }
    }
  }
  return null;
}
