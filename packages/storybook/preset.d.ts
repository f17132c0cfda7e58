// The types of preset.js (Storybook's preset API, which Storybook calls, not you).
export declare const previewAnnotations: (entries?: unknown[]) => unknown[];
export declare const managerEntries: (entries?: string[]) => string[];
