/** The plan's key projects (重点工程, 附表1) as the loader builds them from `projects:`. */

/** 未开工 / 在建 / 建成, in the model's words (the catalogues say them in either language). */
export type ProjectStatus = "not_started" | "in_progress" | "completed";

/** 新建 / 续建. */
export type ProjectKind = "new" | "continued";

/** What a file states of a project in one year: `invested` is cumulative, in 万元. */
export interface ProjectProgress {
  year: number;
  invested?: number;
  status?: ProjectStatus;
  note?: string;
  /** The line of the year's key (1-based). */
  line: number;
}

export interface Project {
  id: string;
  name: string;
  domain?: string;
  task?: string;
  /** 建设内容, as the file writes it. */
  content?: string;
  kind?: ProjectKind;
  /** 项目总投资, 万元. */
  investment: number;
  /** 项目完成时间: the first and last year, and as written. */
  period: { start: number; end: number; text: string };
  lead: readonly string[];
  indicators: readonly string[];
  /** By year, ascending. */
  progress: readonly ProjectProgress[];
  note?: string;
  /** Where the project starts in the file (1-based), and its content and investment fields. */
  line: number;
  contentLine?: number;
  investmentLine: number;
}

export interface Projects {
  /** 合计 as the plan states it, 万元. */
  statedTotal?: number;
  /** Percentage points a project's investment may lag the period's share; the file's, if it says. */
  margin?: number;
  items: readonly Project[];
  /** The `projects:` key's line, and `stated_total`'s. */
  line: number;
  statedTotalLine?: number;
}
