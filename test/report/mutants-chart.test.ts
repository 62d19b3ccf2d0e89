/**
 * An indicator's chart (src/report/chart.ts) as SVG text, on hand-written data whose coordinates are
 * worked out here: the plot is 560 × 210 with margins 52 (left), 14 (right), 14 (top) and 44
 * (bottom), so a year runs from x 52 to 546 and a value from y 166 (the axis's low end) to 14.
 */
import { describe, expect, it } from "vitest";
import { type ChartData, chartSvg, hasNumbers } from "../../src/report/chart.js";

const legend = {
  series: "observed",
  standard: "standard",
  target: "target",
  forecast: "forecast",
  pace: "pace needed",
};
const chart = (fields: Partial<ChartData>): ChartData => ({
  title: "t",
  series: [],
  targets: [],
  forecasts: [],
  legend,
  ...fields,
});
/** The SVG an element a line. */
const lines = (svg: string) => svg.replace(/></g, ">\n<").split("\n");
const SERIES_LEGEND = [
  '<g class="legend">',
  '<line class="series" x1="52" x2="70" y1="202" y2="202"/>',
  '<text x="74" y="206">observed</text>',
  "</g>",
];
const yTick = (value: string, y: number) => [
  `<g class="y-tick" data-value="${value}">`,
  `<line class="grid" x1="52" x2="546" y1="${y}" y2="${y}"/>`,
  `<text x="46" y="${Math.round((y + 4) * 100) / 100}" text-anchor="end">${value}</text>`,
  "</g>",
];
const xTick = (year: number, x: number) => [
  `<g class="x-tick" data-year="${year}">`,
  `<line class="axis" x1="${x}" x2="${x}" y1="166" y2="170"/>`,
  `<text x="${x}" y="182" text-anchor="middle">${year}</text>`,
  "</g>",
];
const X_AXIS = '<line class="axis" x1="52" x2="546" y1="166" y2="166"/>';

describe("a chart of every part", () => {
  // Values 10 … 30: a step of 5, ticks at 10, 15, 20, 25, 30 (y 166, 128, 90, 52, 14); years 2020 …
  // 2025, 98.8 apart.
  const full = () =>
    chartSvg(
      chart({
        title: "15 农膜回收率 <%>",
        series: [
          { year: 2020, value: 10 },
          { year: 2022, value: 20 },
        ],
        standard: 25,
        targets: [{ year: 2025, value: 30 }],
        plan: [
          { year: 2022, value: 20 },
          { year: 2025, value: 30 },
        ],
        forecasts: [
          {
            class: "limited_progress",
            projected: 28,
            target: 30,
            target_year: 2025,
            ratio: 0.5,
            method: "linear",
            from: { year: 2020, value: 10 },
            to: { year: 2022, value: 20 },
            pace: [
              { year: 2023, value: 23 },
              { year: 2024, value: 26 },
              { year: 2025, value: 30 },
            ],
          },
        ],
      }),
    );

  it("has its axes, the standard, the plan's path, the pace, the forecast, the series and the target, then the legend", () => {
    expect(lines(full())).toEqual([
      '<svg class="chart" viewBox="0 0 560 210" width="560" height="210" role="img" aria-label="15 农膜回收率 &lt;%&gt;">',
      "<title>15 农膜回收率 &lt;%&gt;</title>",
      ...yTick("10", 166),
      ...yTick("15", 128),
      ...yTick("20", 90),
      ...yTick("25", 52),
      ...yTick("30", 14),
      ...xTick(2020, 52),
      ...xTick(2021, 150.8),
      ...xTick(2022, 249.6),
      ...xTick(2023, 348.4),
      ...xTick(2024, 447.2),
      ...xTick(2025, 546),
      X_AXIS,
      '<line class="standard" data-value="25" x1="52" x2="546" y1="52" y2="52">',
      "<title>standard 25</title>",
      "</line>",
      '<polyline class="plan" points="249.6,90 546,14"/>',
      // 23 and 26 are 0.65 and 0.8 of the way up: y 67.2 and 44.4; the projected 28, y 29.2.
      '<polyline class="pace" points="249.6,90 348.4,67.2 447.2,44.4 546,14"/>',
      '<polyline class="forecast" data-year="2025" data-value="28" points="249.6,90 546,29.2"/>',
      '<polyline class="series" points="52,166 249.6,90"/>',
      '<circle class="obs" data-year="2020" data-value="10" cx="52" cy="166" r="3.5">',
      "<title>2020: 10</title>",
      "</circle>",
      '<circle class="obs" data-year="2022" data-value="20" cx="249.6" cy="90" r="3.5">',
      "<title>2022: 20</title>",
      "</circle>",
      '<path class="target" data-year="2025" data-value="30" d="M546 8L552 14L546 20L540 14Z">',
      "<title>target 2025: 30</title>",
      "</path>",
      ...SERIES_LEGEND,
      '<g class="legend">',
      '<line class="standard" x1="152" x2="170" y1="202" y2="202"/>',
      '<text x="174" y="206">standard</text>',
      "</g>",
      '<g class="legend">',
      '<line class="target" x1="252" x2="270" y1="202" y2="202"/>',
      '<text x="274" y="206">target</text>',
      "</g>",
      '<g class="legend">',
      '<line class="forecast" x1="352" x2="370" y1="202" y2="202"/>',
      '<text x="374" y="206">forecast</text>',
      "</g>",
      '<g class="legend">',
      '<line class="pace" x1="452" x2="470" y1="202" y2="202"/>',
      '<text x="474" y="206">pace needed</text>',
      "</g>",
      "</svg>",
    ]);
  });
});

describe("a chart of one value", () => {
  it("widens the axis a tenth each way and the years one each way", () => {
    // 50 alone: 45 … 55 in steps of 5; 2024 alone: 2023 … 2025.
    expect(lines(chartSvg(chart({ series: [{ year: 2024, value: 50 }] })))).toEqual([
      '<svg class="chart" viewBox="0 0 560 210" width="560" height="210" role="img" aria-label="t">',
      "<title>t</title>",
      ...yTick("45", 166),
      ...yTick("50", 90),
      ...yTick("55", 14),
      ...xTick(2023, 52),
      ...xTick(2024, 299),
      ...xTick(2025, 546),
      X_AXIS,
      '<polyline class="series" points="299,90"/>',
      '<circle class="obs" data-year="2024" data-value="50" cx="299" cy="90" r="3.5">',
      "<title>2024: 50</title>",
      "</circle>",
      ...SERIES_LEGEND,
      "</svg>",
    ]);
  });

  it("of zero: ±0.1 in steps of 0.05, what is not a finite number left out", () => {
    const svg = chartSvg(
      chart({
        series: [
          { year: 2024, value: 0 },
          { year: 2025, value: Number.NaN },
        ],
        standard: Number.POSITIVE_INFINITY,
        targets: [{ year: 2030, value: Number.POSITIVE_INFINITY }],
      }),
    );
    expect(lines(svg)).toEqual([
      '<svg class="chart" viewBox="0 0 560 210" width="560" height="210" role="img" aria-label="t">',
      "<title>t</title>",
      ...yTick("-0.1", 166),
      ...yTick("-0.05", 128),
      ...yTick("0", 90),
      ...yTick("0.05", 52),
      ...yTick("0.1", 14),
      ...xTick(2023, 52),
      ...xTick(2024, 299),
      ...xTick(2025, 546),
      X_AXIS,
      '<polyline class="series" points="299,90"/>',
      '<circle class="obs" data-year="2024" data-value="0" cx="299" cy="90" r="3.5">',
      "<title>2024: 0</title>",
      "</circle>",
      ...SERIES_LEGEND,
      "</svg>",
    ]);
  });
});

describe("a chart over three decades", () => {
  it("ticks every fourth year; a projection past every number leaves only its year; one point of the plan is no path", () => {
    const svg = chartSvg(
      chart({
        series: [
          { year: 2000, value: -5 },
          { year: 2030, value: 5 },
        ],
        plan: [{ year: 2030, value: 5 }],
        forecasts: [
          {
            class: "moving_away",
            projected: Number.POSITIVE_INFINITY,
            target: 30,
            target_year: 2031,
            ratio: null,
            method: "linear",
            from: { year: 2000, value: -5 },
            to: { year: 2030, value: 5 },
            pace: [],
          },
        ],
      }),
    );
    // 2000 … 2031: 31 years, a tick every ⌈3.1⌉ = 4, each 63.74 apart (494 × 4 ÷ 31).
    expect(lines(svg)).toEqual([
      '<svg class="chart" viewBox="0 0 560 210" width="560" height="210" role="img" aria-label="t">',
      "<title>t</title>",
      ...yTick("-5", 166),
      ...yTick("0", 90),
      ...yTick("5", 14),
      ...xTick(2000, 52),
      ...xTick(2004, 115.74),
      ...xTick(2008, 179.48),
      ...xTick(2012, 243.23),
      ...xTick(2016, 306.97),
      ...xTick(2020, 370.71),
      ...xTick(2024, 434.45),
      ...xTick(2028, 498.19),
      X_AXIS,
      '<polyline class="series" points="52,166 530.06,14"/>',
      '<circle class="obs" data-year="2000" data-value="-5" cx="52" cy="166" r="3.5">',
      "<title>2000: -5</title>",
      "</circle>",
      '<circle class="obs" data-year="2030" data-value="5" cx="530.06" cy="14" r="3.5">',
      "<title>2030: 5</title>",
      "</circle>",
      ...SERIES_LEGEND,
      "</svg>",
    ]);
  });
});

describe("axes of other ranges", () => {
  const ticks = (svg: string) =>
    [...svg.matchAll(/<g class="y-tick" data-value="([^"]+)"><line class="grid" x1="52" x2="546" y1="([^"]+)"/g)].map(
      (m) => `${m[1]} @ ${m[2]}`,
    );

  it("targets and the standard alone: 24 … 30 in steps of 2", () => {
    const svg = chartSvg(chart({ targets: [{ year: 2025, value: 30 }], standard: 25 }));
    expect(ticks(svg)).toEqual(["24 @ 166", "26 @ 115.33", "28 @ 64.67", "30 @ 14"]);
    expect(svg).not.toContain('<polyline class="series"');
    expect(svg).toContain('<line class="standard" data-value="25" x1="52" x2="546" y1="140.67" y2="140.67">');
  });

  it("from -1e308 to 1e308, past what a step can span: the ends and four parts between", () => {
    const svg = chartSvg(
      chart({
        series: [
          { year: 2020, value: -1e308 },
          { year: 2021, value: 1e308 },
        ],
      }),
    );
    expect(ticks(svg)).toEqual(["-1e+308 @ 166", "-5e+307 @ 128", "0 @ 90", "5e+307 @ 52", "1e+308 @ 14"]);
    expect(svg).toContain('<polyline class="series" points="52,166 546,14"/>');
  });

  it("1e20 twice: a tenth each way, in steps of 5e18", () => {
    const svg = chartSvg(
      chart({
        series: [
          { year: 2020, value: 1e20 },
          { year: 2021, value: 1e20 },
        ],
      }),
    );
    expect(ticks(svg)).toEqual([
      "90000000000000000000 @ 166",
      "95000000000000000000 @ 128",
      "100000000000000000000 @ 90",
      "105000000000000000000 @ 52",
      "110000000000000000000 @ 14",
    ]);
  });
});

describe("hasNumbers", () => {
  it("is whether a value or a target has a place on the axis (the standard alone draws nothing)", () => {
    expect(hasNumbers({ series: [], targets: [], standard: 25 })).toBe(false);
    expect(hasNumbers({ series: [{ year: 2024, value: 1 }], targets: [] })).toBe(true);
    expect(hasNumbers({ series: [], targets: [{ year: 2025, value: 1 }] })).toBe(true);
  });
});
