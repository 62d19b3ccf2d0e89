/** The width cli-table3 gives a cell's text (its widest line, colours left out): the package's own measure. */
declare module "cli-table3/src/utils.js" {
  export function strlen(text: string): number;
}
