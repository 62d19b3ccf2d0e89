/**
 * The page's one stylesheet. The page uses the screen's width (no fixed column): the overview sets
 * 表1 beside the counts and the attention list where there is room, the rows' details fill as many
 * columns as fit; on a phone everything is one column and a wide table scrolls in its own box, so
 * the page itself never scrolls sideways. In print: A4 landscape, 表1's verdict columns on page 1.
 */
export const CSS = `
@page{size:A4 landscape;margin:10mm}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Zen Hei",sans-serif;color:#1f2328;background:#fff}
p,li,h1,h2,h3{overflow-wrap:anywhere}
.page{padding:16px clamp(8px,2vw,32px);max-width:2400px;margin:0 auto}
h1{font-size:clamp(18px,2.2vw,26px);margin:0 0 4px}h2{font-size:18px;margin:20px 0 8px;border-bottom:2px solid #d0d7de}h3{font-size:15px;margin:0 0 4px}
a{color:#0550ae}
.sub{margin:0 0 12px;color:#57606a}
table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f6f8fa;font-weight:600}
.scroll{overflow-x:auto;max-width:100%}
.scroll>table{width:100%}
.v{display:inline-block;border-radius:4px;padding:0 6px;font-weight:600;white-space:nowrap}
.v-PASS,.c-PASS{background:#c6efce;color:#0b5f1f}.v-FAIL,.c-FAIL{background:#ffc7ce;color:#9c0006}.v-WARN,.c-WARN{background:#ffeb9c;color:#7a5a00}
.v-MISSING,.c-MISSING{background:#d9d9d9;color:#333}.v-REVIEW,.c-REVIEW{background:#ddebf7;color:#1f4e79}.v-NA,.c-NA{background:#f2f2f2;color:#666}.v-INCOMPLETE{background:#d9d9d9;color:#333}
td.c{white-space:nowrap;font-weight:600;text-align:center}
.muted{color:#57606a}
.overview{display:grid;grid-template-columns:minmax(0,1fr);gap:8px 24px;align-items:start}
@media (min-width:1100px){.overview{grid-template-columns:minmax(0,3fr) minmax(0,2fr)}.overview .t1{grid-row:span 3}}
.overview h2{margin-top:4px}
.counts th,.counts td:first-child{white-space:nowrap}.counts td{text-align:right}.counts td:first-child,.counts th{text-align:left}
.t1 td,.t1 th{padding:2px 5px;font-size:13px}.t1 th.nd{font-style:italic;color:#57606a}.t1 .name{min-width:8em}.t1 td:nth-child(1),.t1 td:nth-child(3),.t1 th{white-space:nowrap}
.attention{margin:0;padding-left:18px}.attention li{margin:2px 0}
.rows{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,540px),1fr));gap:12px}
.ind{border:1px solid #d0d7de;border-radius:6px;padding:8px 10px;break-inside:avoid;page-break-inside:avoid;min-width:0}
.ind:target,.projects tr:target{outline:3px solid #bf8700}
.marks{margin:2px 0 4px}.marks .check{color:#57606a;margin-left:8px}.marks .check:first-child{margin-left:0}
.reasons{margin:4px 0;padding-left:18px}.reasons li{margin:1px 0}
.chart{width:100%;height:auto;display:block}
.chart text{font-size:11px;fill:#57606a}.chart .grid{stroke:#eaeef2}.chart .axis{stroke:#8c959f}
.chart .series{fill:none;stroke:#0969da;stroke-width:2}.chart .obs{fill:#0969da}
.chart .standard{stroke:#cf222e;stroke-width:1.5;stroke-dasharray:6 3}.chart .target{fill:#8250df}
.chart .plan{fill:none;stroke:#8250df;stroke-width:1.5;stroke-dasharray:2 2}
.chart line.target{stroke:#8250df;stroke-width:6}.chart .forecast{fill:none;stroke:#0969da;stroke-width:1.5;stroke-dasharray:4 3}
.chart .pace{fill:none;stroke:#bf8700;stroke-width:1.5;stroke-dasharray:1 3}.chart .legend line{stroke-width:2}.chart .legend line.series{stroke:#0969da}
.strip{display:flex;flex-wrap:wrap;gap:4px;margin:6px 0;padding:0;list-style:none}
.strip li{border:1px solid #d0d7de;border-radius:4px;padding:2px 8px;text-align:center;min-width:4.5em}
.strip .year{display:block;font-size:12px;color:#57606a}.strip .word{display:block;font-weight:600}
.strip .text{background:#fff}
.projects .gantt{width:100%;height:auto;display:block}
.projects td.nowrap,.projects th{white-space:nowrap}
.projects td.num{text-align:right;white-space:nowrap}
footer{margin-top:16px;color:#57606a;font-size:12px}
@media (max-width:600px){body{font-size:13px}.page{padding:8px}.marks .check{margin-left:4px}}
@media print{
body{font-size:9.5px}.page{max-width:none;padding:0}a{color:inherit;text-decoration:none}
h1{font-size:16px}h2{font-size:12px;margin:8px 0 4px}
.overview{display:block}.overview>*{break-inside:avoid}.t1 td,.t1 th{font-size:8.5px;padding:0 3px;line-height:1.3}
.scroll{overflow:visible}.rows{display:block}.ind{margin:6px 0}.chart{max-width:150mm}
.region{break-before:page}.region:first-of-type{break-before:auto}.details{break-before:page}
}
`;
