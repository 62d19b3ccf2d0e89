export declare const JS_YAML_PATCHES: Array<{ why: string; find: string; replace: string }>;
export declare function patchJsYaml(text: string): string;
