/** Key projects, vetoes (基本条件) and lint findings. */
import type { Messages } from "../lang.js";

export const en: Messages = {
  "lint.unknown-phrase.description": "a rule holding a phrase the grammar does not read (its check is REVIEW)",
  "lint.unknown-phrase.found":
    "{id}: {field} “{text}” holds a phrase the grammar does not read, so that check is for a person; write it as a comparison or a known wording",
  "project.status.not_started": "not started",
  "project.status.in_progress": "in progress",
  "project.status.completed": "completed",
  "project.status.none": "no status recorded",
  "project.kind.new": "new",
  "project.kind.continued": "continued",
  "project.finding.totalMismatch":
    "the stated total {stated} 万元 differs from the sum of the {count|project|projects}, {sum} 万元 (difference {diff})",
  "project.finding.contentAmount":
    "project {id}: its content states {written} ({stated} 万元), its investment column {investment} 万元",
  "project.finding.duplicateContent": "project {id}: the same content as project {other}",
  "project.finding.similarContent": "project {id}: nearly the same content as project {other} ({similarity}% alike)",
  "project.finding.overdue":
    "project {id} {name}: overdue — its period {period} ended in {end}; in {year}: {status} (lead: {lead})",
  "project.finding.late":
    "project {id} {name}: late — due to start in {start}, no progress recorded by {year} (lead: {lead})",
  "project.finding.lagging":
    "project {id} {name}: 滞后 — {invested} of {investment} 万元 invested by {year} ({share}%), {expected}% of the period elapsed: {behind} points behind, more than the margin of {margin} (lead: {lead})",
  "project.finding.overspent":
    "project {id} {name}: {invested} 万元 invested by {year}, more than its planned {investment} 万元 ({share}%): check the figure or the plan (lead: {lead})",
  "project.finding.overspentUnplanned":
    "project {id} {name}: {invested} 万元 invested by {year}, where no investment is planned ({investment} 万元): check the figure or the plan (lead: {lead})",
  "project.total.agrees": "stated total {stated} 万元 = the sum of the {count|project|projects}",
  "project.total.none": "the sum of the {count|project|projects}: {sum} 万元 (no total stated)",
  "project.year": "schedule and investment pace in {year}; margin {margin} points ({source})",
  "project.year.none": "no project records progress: schedule and pace are not judged",
  "project.margin.default": "default",
  "project.margin.file": "from the file",
  "project.margin.option": "from --project-margin",
  "project.decides": "they decide the overall (--fail-on projects)",
  "project.shown": "shown, not deciding the overall",
  "project.title": "Key projects (附表1)",
  "project.line":
    "{count|project|projects}, {investment} 万元: {warnings} with warnings, {completed} completed — {verdict}",
  "project.invested": "invested",
  "project.col.id": "No.",
  "project.col.name": "Project",
  "project.col.domain": "Domain",
  "project.col.task": "Task",
  "project.col.content": "Content",
  "project.col.kind": "Kind",
  "project.col.investment": "Investment (万元)",
  "project.col.period": "Period",
  "project.col.lead": "Lead units",
  "project.col.status": "Status",
  "project.col.invested": "Invested (万元)",
  "project.col.share": "Invested %",
  "project.col.elapsed": "Period elapsed %",
  "project.col.verdict": "Verdict",
  "project.col.findings": "Findings",
  "project.col.count": "Projects",
  "project.col.completed": "Completed",
  "project.by.domain": "by domain",
  "project.by.task": "by task",
  "project.by.kind": "by kind",
  "project.by.lead": "by lead unit",
  "project.total": "total",
  "project.gantt": "Timeline of the key projects, {year} marked",
  "project.batch":
    "key projects across {files|file|files}: {count|project|projects}, {investment} 万元, {invested} 万元 invested, {completed} completed, {warnings} with warnings",
  "veto.label": "basic condition",
  "veto.heading.year": "Basic conditions (否决项) for {year}: {count} listed, {failed} not met",
  "veto.heading.plan": "Basic conditions (否决项), shown, not deciding in plan review: {count} listed",
  "veto.none": "Basic conditions (否决项) for {year}: none listed for this year",
  "veto.own": "The list of conditions is the file's own (the official list was not found).",
  "veto.withList": "{reason}. {own}",
  "veto.met": "{year} {condition}: {text}, met",
  "veto.notMet": "{year} {condition}: {text}, not met",
  "veto.decides": "{year} {condition}: {text}, not met: the year FAILs whatever the indicators say",
  // every year the file states, in every run (#23)
  "veto.other.met": "{year} {condition}: {text}, met (shown, not deciding for {assessed})",
  "veto.other.notMet": "{year} {condition}: {text}, not met (shown, not deciding for {assessed})",
  "veto.ahead": "{year} {condition}: {text}, stated for {year}, not yet assessed",
  "veto.change": "basic condition {condition}",
  "lint.field.near_term": "near-term target",
  "lint.field.long_term": "long-term target",
  "lint.severity.error": "error",
  "lint.severity.warning": "warning",
  "lint.summary": "{files|file|files}: {errors|error|errors}, {warnings|warning|warnings}",
  "lint.clean": "{files|file|files}: no findings",
  "lint.unit-scale.description":
    "a % row whose numbers contradict its unit (0.545 among 54.5; every value ≤1 against a target above 1; a value or a target past 100)",
  "lint.year-twice.description":
    "a year given two values, as the baseline and as an observed value: the check judges the observed one",
  "lint.year-twice.twice":
    "{id}: {year} is given twice, {baseline} as the baseline and {actual} as an observed value; the check judges {actual}: keep one",
  "lint.unit-scale.fraction":
    "{id}: {value} in {year} reads as a fraction in a % row whose other values are {low} to {high}; is it {percent}?",
  "lint.unit-scale.allFractions":
    "{id}: every value of this % row is at most 1 (largest {max}) but “{rule}” asks for more than 1: the values are fractions, or the rule is in another unit",
  "lint.unit-scale.pastWhole":
    "{id}: {value} in {year} is more than 100%, which a share cannot be, where “{rule}” asks for a share",
  "lint.unit-scale.targetPastWhole": "{id}: the target “{rule}” asks for more than 100%, which a share cannot be",
  "lint.target-below-baseline.description": "a plan target weaker than the row's own baseline",
  "lint.target-below-baseline.higher":
    "{id}: the {field} “{rule}” is below the row's baseline {baseline} ({baseYear}), and higher is better: a fall would meet it",
  "lint.target-below-baseline.lower":
    "{id}: the {field} “{rule}” is above the row's baseline {baseline} ({baseYear}), and lower is better: a rise would meet it",
  "lint.target-against-standard.description": "a plan target that points the other way from the standard",
  "lint.target-against-standard.found":
    "{id}: the {field} “{rule}” points the other way from the standard “{standard}”",
  "lint.near-stricter-than-long.description": "a near-term target stricter than the long-term target",
  "lint.near-stricter-than-long.found":
    "{id}: the {nearYear} target “{near}” is stricter than the {longYear} target “{long}”: the plan would allow a fall after {nearYear}",
  "lint.plan-consistency.description":
    "the key projects (附表1): the stated total against the sum, an amount in a project's content against its investment column, duplicated contents",
  // --- template projects (#13) ---
  "project.col.indicators": "Indicators served",
  "project.col.note": "Note",
  "project.col.progressNote": "Progress note",
};

export const zh: Messages = {
  "lint.unknown-phrase.description": "规则中含语法无法识别的短语（该项检查为待审核）",
  "lint.unknown-phrase.found":
    "{id}：{field}“{text}”含语法无法识别的短语，该项检查须人工判断；请改写为比较式或已知的表述",
  "project.status.not_started": "未开工",
  "project.status.in_progress": "在建",
  "project.status.completed": "建成",
  "project.status.none": "未填写状态",
  "project.kind.new": "新建",
  "project.kind.continued": "续建",
  "project.finding.totalMismatch": "合计 {stated} 万元与 {count} 项工程投资之和 {sum} 万元不符（相差 {diff}）",
  "project.finding.contentAmount":
    "工程 {id}：建设内容写明{written}（{stated} 万元），项目总投资栏为 {investment} 万元",
  "project.finding.duplicateContent": "工程 {id}：建设内容与工程 {other} 相同",
  "project.finding.similarContent": "工程 {id}：建设内容与工程 {other} 几乎相同（相似度 {similarity}%）",
  "project.finding.overdue":
    "工程 {id} {name}：逾期——项目完成时间 {period} 已于 {end} 年届满，{year} 年状态为{status}（牵头单位：{lead}）",
  "project.finding.late":
    "工程 {id} {name}：未按期开工——应于 {start} 年开工，截至 {year} 年未填报进展（牵头单位：{lead}）",
  "project.finding.lagging":
    "工程 {id} {name}：滞后——截至 {year} 年累计完成投资 {invested} 万元，占总投资 {investment} 万元的 {share}%，工期已过 {expected}%，落后 {behind} 个百分点，超过允许的 {margin} 个百分点（牵头单位：{lead}）",
  "project.finding.overspent":
    "工程 {id} {name}：截至 {year} 年累计完成投资 {invested} 万元，超过项目总投资 {investment} 万元（{share}%）：请核对填报数或规划（牵头单位：{lead}）",
  "project.finding.overspentUnplanned":
    "工程 {id} {name}：截至 {year} 年累计完成投资 {invested} 万元，而项目总投资为 {investment} 万元：请核对填报数或规划（牵头单位：{lead}）",
  "project.total.agrees": "合计 {stated} 万元与 {count} 项工程投资之和相符",
  "project.total.none": "{count} 项工程投资之和为 {sum} 万元（未写明合计）",
  "project.year": "{year} 年的进度与投资进度；允许落后 {margin} 个百分点（{source}）",
  "project.year.none": "没有工程填报进展，不判断进度与投资进度",
  "project.margin.default": "默认值",
  "project.margin.file": "取自文件",
  "project.margin.option": "取自 --project-margin",
  "project.decides": "计入总体结论（--fail-on projects）",
  "project.shown": "仅列示，不计入总体结论",
  "project.title": "重点工程（附表1）",
  "project.line": "{count} 项工程，总投资 {investment} 万元：{warnings} 项有警示，{completed} 项建成——{verdict}",
  "project.invested": "累计完成",
  "project.col.id": "序号",
  "project.col.name": "工程名称",
  "project.col.domain": "建设领域",
  "project.col.task": "建设任务",
  "project.col.content": "建设内容",
  "project.col.kind": "项目属性",
  "project.col.investment": "项目总投资（万元）",
  "project.col.period": "项目完成时间",
  "project.col.lead": "牵头单位",
  "project.col.status": "状态",
  "project.col.invested": "累计完成投资（万元）",
  "project.col.share": "投资完成比例 %",
  "project.col.elapsed": "工期进度 %",
  "project.col.verdict": "结论",
  "project.col.findings": "问题",
  "project.col.count": "工程数",
  "project.col.completed": "建成数",
  "project.by.domain": "按建设领域",
  "project.by.task": "按建设任务",
  "project.by.kind": "按项目属性",
  "project.by.lead": "按牵头单位",
  "project.total": "合计",
  "project.gantt": "重点工程时间轴，标出 {year} 年",
  "project.batch":
    "{files} 个文件的重点工程：共 {count} 项，总投资 {investment} 万元，累计完成投资 {invested} 万元，建成 {completed} 项，{warnings} 项有警示",
  "veto.label": "基本条件",
  "veto.heading.year": "{year}年基本条件（否决项）：列出 {count} 项，{failed} 项不满足",
  "veto.heading.plan": "基本条件（否决项），规划评估中仅展示、不作判定：列出 {count} 项",
  "veto.none": "{year}年基本条件（否决项）：本年未列出",
  "veto.own": "条件清单由本文件自行列出（未找到官方清单）。",
  "veto.withList": "{reason}。{own}",
  "veto.met": "{year}年 {condition}：{text}，满足",
  "veto.notMet": "{year}年 {condition}：{text}，不满足",
  "veto.decides": "{year}年 {condition}：{text}，不满足：无论指标如何，该年不达标",
  // 文件所列每一年的基本条件，每次运行都列出（#23）
  "veto.other.met": "{year}年 {condition}：{text}，满足（仅展示，不决定{assessed}年）",
  "veto.other.notMet": "{year}年 {condition}：{text}，不满足（仅展示，不决定{assessed}年）",
  "veto.ahead": "{year}年 {condition}：{text}，为{year}年所列，尚未评估",
  "veto.change": "基本条件 {condition}",
  "lint.field.near_term": "近期目标",
  "lint.field.long_term": "远期目标",
  "lint.severity.error": "错误",
  "lint.severity.warning": "警告",
  "lint.summary": "共 {files} 个文件：{errors} 个错误，{warnings} 个警告",
  "lint.clean": "共 {files} 个文件：未发现问题",
  "lint.unit-scale.description":
    "单位为 % 的行中数值与单位矛盾（54.5 中夹着 0.545；全部数值不超过 1 而目标大于 1；数值或目标超过 100）",
  "lint.year-twice.description": "同一年份给出两个数值，一个作为基准值、一个作为实际值：检查以实际值为准",
  "lint.year-twice.twice":
    "{id}：{year}年给出两次，基准值为 {baseline}，实际值为 {actual}；检查以 {actual} 为准：请只保留一个",
  "lint.unit-scale.fraction":
    "{id}：{year}年的 {value} 像是小数，而本行（单位 %）其他数值在 {low} 至 {high} 之间；是否应为 {percent}？",
  "lint.unit-scale.allFractions":
    "{id}：本行单位为 %，但所有数值都不超过 1（最大 {max}），而“{rule}”要求大于 1：数值是小数，或规则用了另一种单位",
  "lint.unit-scale.pastWhole": "{id}：{year}年的 {value} 超过 100%，比例不可能如此，而“{rule}”表明本行是比例",
  "lint.unit-scale.targetPastWhole": "{id}：目标“{rule}”要求超过 100%，比例不可能如此",
  "lint.target-below-baseline.description": "规划目标弱于本行基准值",
  "lint.target-below-baseline.higher":
    "{id}：{field}“{rule}”低于本行基准值 {baseline}（{baseYear}年），而该指标越高越好：下降也算达到",
  "lint.target-below-baseline.lower":
    "{id}：{field}“{rule}”高于本行基准值 {baseline}（{baseYear}年），而该指标越低越好：上升也算达到",
  "lint.target-against-standard.description": "规划目标与国家标准方向相反",
  "lint.target-against-standard.found": "{id}：{field}“{rule}”与国家标准“{standard}”方向相反",
  "lint.near-stricter-than-long.description": "近期目标严于远期目标",
  "lint.near-stricter-than-long.found":
    "{id}：{nearYear}年目标“{near}”严于{longYear}年目标“{long}”：规划允许{nearYear}年后倒退",
  "lint.plan-consistency.description":
    "重点工程（附表1）：合计与各项之和、建设内容中的金额与投资额一栏、重复的建设内容",
  // --- template projects (#13) ---
  "project.col.indicators": "关联指标",
  "project.col.note": "备注",
  "project.col.progressNote": "进展备注",
};
