import { siteSettingsType } from "./siteSettings";

export const singletonTypes = [siteSettingsType];

/** Types with exactly one document whose `_id` equals the type name. */
export const SINGLETON_TYPE_NAMES: string[] = singletonTypes.map((t) => t.name);
