/**
 * Types for the parts of the `xliff` package (locize, no types of its own) that the
 * XLIFF export and import use: the js ↔ XLIFF 1.2 and 2.0 converters and their value
 * model, where a source or target is a string or an array of strings and inline elements.
 */
declare module "xliff" {
  export interface InlineAttributes {
    id: string;
    contents?: XliffValue;
    [attribute: string]: XliffValue | undefined;
  }
  /** `{GenericSpan: {...}}` (1.2 `<g>`, 2.0 `<pc>`), `{Standalone: {...}}` (`<x/>`, `<ph/>`), … */
  export type InlineElement = { [elementType: string]: InlineAttributes };
  export type XliffValue = string | InlineElement | (string | InlineElement)[];

  export interface XliffUnit {
    source?: XliffValue;
    target?: XliffValue;
    note?: string | string[];
    additionalAttributes?: Record<string, string>;
  }
  export interface XliffGroup {
    groupUnits: Record<string, XliffUnit | XliffGroup>;
    additionalAttributes?: Record<string, string>;
  }
  export interface XliffJs {
    sourceLanguage: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, XliffUnit | XliffGroup>>;
  }
  interface Converters {
    jsToXliff12(js: XliffJs, options?: { indent?: string }): Promise<string>;
    js2xliff(js: XliffJs, options?: { indent?: string }): Promise<string>;
    xliff12ToJs(xml: string, options?: { captureSpacesBetweenElements?: boolean }): Promise<XliffJs>;
    xliff2js(xml: string): Promise<XliffJs>;
  }
  const xliff: Converters;
  export default xliff;
}
