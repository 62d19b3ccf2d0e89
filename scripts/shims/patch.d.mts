export declare function applyPatches(
  text: string,
  patches: ReadonlyArray<{ find: string; replace: string }>,
  file: string,
  list: string,
): string;
