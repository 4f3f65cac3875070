/** The media kit's file names (the press room links them, app/press/media-kit.server.tsx serves them). */
export const MARK_BASENAME = "hau-giang-mark";
export const PNG_SIZES = [512, 1024] as const;
export type PngSize = (typeof PNG_SIZES)[number];
