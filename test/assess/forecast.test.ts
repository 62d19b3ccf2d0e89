import { describe, expect, it } from "vitest";
import { classify, forecast, type ForecastInput } from "../../src/assess/forecast.js";

const input = (
  points: Array<[number, number]>,
  target: number,
  targetYear: number,
  extra: Partial<ForecastInput> = {},
): ForecastInput => ({
  points: points.map(([year, n]) => ({ year, n })),
  baseYear: points[0]![0],
  target,
  targetYear,
  better: "higher",
  delta: false,
  ...extra,
});

describe("forecast classes, against numbers computed by hand", () => {
  // Base 100 in 2020; target 200 in 2030 needs CAGR_r = 2^(1/10) − 1 = 0.0717735.
  const required = 2 ** (1 / 10) - 1;

  it("achieved: the latest value already meets the target", () => {
    const f = forecast(
      input(
        [
          [2022, 80],
          [2024, 86],
        ],
        85,
        2030,
      ),
    )!;
    expect(f.class).toBe("achieved");
  });

  it("on track: 100 → 110 in one year against 10 % a year required (RR = 1)", () => {
    const f = forecast(
      input(
        [
          [2020, 100],
          [2021, 110],
        ],
        121,
        2022,
      ),
    )!;
    expect(f.ratio).toBeCloseTo(1, 9);
    expect(f.class).toBe("on_track");
    expect(f.projected).toBeCloseTo(121, 6);
  });

  it("acceleration needed: 5 % a year against 7.18 % required (RR = 0.697)", () => {
    const f = forecast(
      input(
        [
          [2020, 100],
          [2021, 105],
        ],
        200,
        2030,
      ),
    )!;
    expect(f.ratio).toBeCloseTo(0.05 / required, 9);
    expect(f.class).toBe("acceleration_needed");
    expect(f.projected).toBeCloseTo(105 * 1.05 ** 9, 6);
  });

  it("limited progress: 2 % a year against 7.18 % required (RR = 0.279)", () => {
    const f = forecast(
      input(
        [
          [2020, 100],
          [2021, 102],
        ],
        200,
        2030,
      ),
    )!;
    expect(f.ratio).toBeCloseTo(0.02 / required, 9);
    expect(f.class).toBe("limited_progress");
  });

  it("moving away: the value fell while it had to rise", () => {
    const f = forecast(
      input(
        [
          [2020, 100],
          [2021, 98],
        ],
        200,
        2030,
      ),
    )!;
    expect(f.ratio).toBeCloseTo(-0.02 / required, 9);
    expect(f.class).toBe("moving_away");
  });

  it("lower is better: 40 → 38 against 40 → 32 over three years", () => {
    const f = forecast(
      input(
        [
          [2022, 40],
          [2023, 38],
        ],
        32,
        2025,
        { better: "lower" },
      ),
    )!;
    const cagrR = 0.8 ** (1 / 3) - 1;
    expect(f.ratio).toBeCloseTo(-0.05 / cagrR, 9);
    expect(f.class).toBe("acceleration_needed");
  });

  it("a zero base uses the least-squares line: slope 1 a year against 1 a year required", () => {
    const f = forecast(
      input(
        [
          [2020, 0],
          [2021, 1],
          [2022, 2],
        ],
        10,
        2030,
      ),
    )!;
    expect(f.method).toBe("linear");
    expect(f.ratio).toBeCloseTo(1, 9);
    expect(f.projected).toBeCloseTo(10, 9);
    expect(f.class).toBe("on_track");
  });

  it("a Δ series uses the line even with positive values", () => {
    const f = forecast(
      input(
        [
          [2022, 0.2],
          [2023, 0.4],
        ],
        1,
        2025,
        { delta: true },
      ),
    )!;
    expect(f.method).toBe("linear");
    // slope 0.2 a year against (1 − 0.2) / 3 required
    expect(f.ratio).toBeCloseTo(0.2 / (0.8 / 3), 9);
  });

  it("a value that slipped past a target the base already met is moving away", () => {
    const f = forecast(
      input(
        [
          [2022, 90],
          [2023, 84],
        ],
        85,
        2025,
      ),
    )!;
    expect(f.class).toBe("moving_away");
  });

  it("fewer than two values: no forecast", () => {
    expect(forecast(input([[2022, 90]], 95, 2025))).toBeUndefined();
  });

  it.each([
    [1.2, "on_track"],
    [0.95, "on_track"],
    [0.9499, "acceleration_needed"],
    [0.6, "acceleration_needed"],
    [0.5999, "limited_progress"],
    [0, "limited_progress"],
    [-0.01, "moving_away"],
  ] as const)("ratio %d is %s", (ratio, expected) => {
    expect(classify(ratio)).toBe(expected);
  });
});

describe("the pace needed, against numbers computed by hand", () => {
  it("80 in 2023 toward 88 in 2025 at a constant rate: 2024 must reach 80·1.1^(1/2) = 83.9047…, 2025 the target", () => {
    const f = forecast(
      input(
        [
          [2022, 79],
          [2023, 80],
        ],
        88,
        2025,
      ),
    )!;
    expect(f.pace.map((p) => p.year)).toEqual([2024, 2025]);
    expect(f.pace[0]!.value).toBeCloseTo(83.9047079, 6);
    expect(f.pace[1]!.value).toBeCloseTo(88, 9);
  });

  it("lower is better: 34 in 2023 toward 32 in 2025, each year × (32/34)^(1/2)", () => {
    const f = forecast(
      input(
        [
          [2022, 34],
          [2023, 34],
        ],
        32,
        2025,
        { better: "lower" },
      ),
    )!;
    const step = (32 / 34) ** (1 / 2);
    expect(f.pace.map((p) => p.value)).toEqual([34 * step, 32].map((n) => expect.closeTo(n, 9)));
  });

  it("values that are changes (ΔEQI) step linearly: −1.2 toward 0 over 4 years is −0.9, −0.6, −0.3, 0", () => {
    const f = forecast(
      input(
        [
          [2021, -1.5],
          [2022, -1.2],
        ],
        0,
        2026,
        { delta: true },
      ),
    )!;
    expect(f.pace.map((p) => p.value)).toEqual([-0.9, -0.6, -0.3, 0].map((n) => expect.closeTo(n, 9)));
  });

  it("a target already met needs no pace", () => {
    expect(
      forecast(
        input(
          [
            [2022, 80],
            [2024, 86],
          ],
          85,
          2030,
        ),
      )!.pace,
    ).toEqual([]);
  });
});

describe("held within the value's possible range (#23)", () => {
  it("a pace toward a target past the range's end is held there, and says so", () => {
    // 50 → 80 in 2024 toward 125 in 2027: equal growth steps 80·(125/80)^(k/3) = 92.83, 107.72, 125.
    const f = forecast(
      input(
        [
          [2022, 50],
          [2024, 80],
        ],
        125,
        2027,
        { range: { min: 0, max: 100 } },
      ),
    )!;
    expect(f.pace).toEqual([
      { year: 2025, value: expect.closeTo(92.8318, 3) },
      { year: 2026, value: 100 },
      { year: 2027, value: 100 },
    ]);
    expect(f.clamped).toEqual({ projected: "max", pace: "max" });
  });

  it("a pace cut to its first years (a history's reasons) still says it is held where a later year is", () => {
    // 50 → 60 in 2024 toward 110 in 2034: 60·(110/60)^(k/10) passes 100 in 2033, the ninth year; five are listed.
    const f = forecast({
      ...input(
        [
          [2022, 50],
          [2024, 60],
        ],
        110,
        2034,
        { range: { min: 0, max: 100 } },
      ),
      paceYears: 5,
    })!;
    expect(f.pace.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
    expect(f.pace[0]!.value).toBeCloseTo(60 * (110 / 60) ** 0.1, 6);
    expect(f.clamped).toEqual({ projected: "max", pace: "max" });
  });

  it("nothing inside the range is touched, and no clamped field appears", () => {
    const within = input(
      [
        [2020, 100],
        [2021, 110],
      ],
      121,
      2022,
    );
    expect(forecast({ ...within, range: { min: 0, max: 1000 } })).toEqual(forecast(within));
    expect(forecast({ ...within, range: { min: 0, max: 1000 } })!.clamped).toBeUndefined();
  });
});
