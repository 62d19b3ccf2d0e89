/** The key projects' options of the check command, with their help in either language (kept apart from main.ts's help). */
import type { Lang } from "../i18n/catalog.js";

export const PROJECT_HELP: Record<Lang, { margin: string }> = {
  en: { margin: "percentage points a key project's cumulative investment may lag the share of its period elapsed before it is 滞后 (default: the file's projects.margin, else 20)" },
  zh: { margin: "重点工程累计完成投资比例落后于工期进度多少个百分点即判为滞后（默认取文件的 projects.margin，否则为 20）" },
};
