export declare const CLI_TABLE3_PATCHES: Record<string, Array<{ why: string; find: string; replace: string }>>;
export declare function patchCliTable3(file: string, text: string): string;
