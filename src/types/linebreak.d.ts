/** The part of the `linebreak` package (UAX #14 line breaking) this project uses; it ships no types. */
declare module "linebreak" {
  interface Break {
    position: number;
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
