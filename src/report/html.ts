import type { StreamingFormatter } from "./index.js";
const html: StreamingFormatter = { file: () => "" };
export default html;
