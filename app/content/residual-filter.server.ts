/**
 * The part of a GROQ filter the embedded engine's indexes cannot answer (`coalesce(endsAt,
 * startsAt) >= $today`), compiled to a plain function of one document, with groq-js's own
 * semantics: comparisons of mismatched types are null, `==` is false across types, and/or/not
 * are three-valued, a filter keeps a document only when the whole is `true`.
 *
 * Why: `*[_type == "event" && … && coalesce(…) >= $today] | order(startsAt asc)[0...3]` made
 * groq-js test every event of a language on every request (40–75 ms at 100k); with this the
 * engine walks its sorted list (kept per content version) and stops at the third match.
 * Only a small, document-local subset compiles (attributes of the document, literals,
 * parameters, coalesce, defined, comparisons, and/or/not); anything else returns undefined
 * and the query is answered by groq-js alone, as before.
 */
import type { ExprNode } from "groq-js";
import type { QueryParams } from "./source.server";

type Doc = Record<string, unknown>;
type Compiled = (doc: Doc, params: QueryParams) => unknown;

function typeOf(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

/** groq-js's partialCompare: a number, or null when the values do not compare. */
function compare(a: unknown, b: unknown): number | null {
  const t = typeOf(a);
  if (t !== typeOf(b)) return null;
  if (t === "number") return (a as number) - (b as number);
  if (t === "boolean") return Number(a) - Number(b);
  if (t === "string") return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
  return null;
}

/** groq-js's isEqual: primitives of one type compare by value; anything else is unequal. */
function equal(a: unknown, b: unknown): boolean {
  const t = typeOf(a);
  if (t !== typeOf(b)) return false;
  if (t === "null") return true;
  return (t === "string" || t === "number" || t === "boolean") && a === b;
}

const COMPARISONS: Record<string, (c: number) => boolean> = {
  "<": (c) => c < 0,
  "<=": (c) => c <= 0,
  ">": (c) => c > 0,
  ">=": (c) => c >= 0,
};

function compile(node: ExprNode): Compiled | undefined {
  switch (node.type) {
    case "Value": {
      const value = node.value;
      return () => value;
    }
    case "Parameter": {
      const name = node.name;
      return (_doc, params) => params[name] ?? null;
    }
    case "This":
      return (doc) => doc;
    case "Group":
      return compile(node.base);
    case "AccessAttribute": {
      const base = node.base ? compile(node.base) : (doc: Doc) => doc;
      if (!base) return undefined;
      const name = node.name;
      return (doc, params) => {
        const v = base(doc, params);
        return v !== null && typeof v === "object" && !Array.isArray(v) ? ((v as Doc)[name] ?? null) : null;
      };
    }
    case "FuncCall": {
      if (node.namespace !== "global") return undefined;
      const args = node.args.map(compile);
      if (!args.every((a): a is Compiled => !!a)) return undefined;
      if (node.name === "coalesce")
        return (doc, params) => {
          for (const a of args) {
            const v = a(doc, params);
            if (v !== null && v !== undefined) return v;
          }
          return null;
        };
      if (node.name === "defined" && args.length === 1) return (doc, params) => typeOf(args[0](doc, params)) !== "null";
      return undefined;
    }
    case "OpCall": {
      const left = compile(node.left);
      const right = compile(node.right);
      if (!left || !right) return undefined;
      if (node.op === "==") return (doc, params) => equal(left(doc, params), right(doc, params));
      if (node.op === "!=") return (doc, params) => !equal(left(doc, params), right(doc, params));
      const test = COMPARISONS[node.op];
      if (!test) return undefined;
      return (doc, params) => {
        const c = compare(left(doc, params), right(doc, params));
        return c === null ? null : test(c);
      };
    }
    case "And":
    case "Or": {
      const left = compile(node.left);
      const right = compile(node.right);
      if (!left || !right) return undefined;
      const and = node.type === "And";
      return (doc, params) => {
        const a = left(doc, params);
        const b = right(doc, params);
        if (and) return a === false || b === false ? false : a === true && b === true ? true : null;
        return a === true || b === true ? true : a === false && b === false ? false : null;
      };
    }
    case "Not": {
      const base = compile(node.base);
      if (!base) return undefined;
      return (doc, params) => {
        const v = base(doc, params);
        return typeof v === "boolean" ? !v : null;
      };
    }
    default:
      return undefined;
  }
}

/** The conjuncts as one test (all must be `true`), or undefined when one does not compile. */
export function compileResidual(conjuncts: ExprNode[]): ((doc: Doc, params: QueryParams) => boolean) | undefined {
  const tests = conjuncts.map(compile);
  if (!tests.every((t): t is Compiled => !!t)) return undefined;
  return (doc, params) => tests.every((t) => t(doc, params) === true);
}
