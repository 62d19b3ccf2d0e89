/**
 * A value that plainly denies the row's status (未建立, 未开展, 否) is read the same everywhere: record
 * accepts it, and the check FAILs it — as the basic conditions read 未完成 and 否 — while an
 * ambiguous one (未有效开展 against 开展) stays REVIEW.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "./run.js";
import { removeTempDirs, tempDir } from "../support/tempDir.js";

const SEED = new URL("../../seeds/lingling.yaml", import.meta.url);
afterAll(removeTempDirs);

describe("record and check read a denied status as not met", () => {
  it("records 未建立, 否 and 未有效开展; 2 and 11 FAIL, 3 stays REVIEW", () => {
    const file = join(tempDir("denied-"), "lingling.yaml");
    copyFileSync(SEED, file);
    const r = cli(["record", file, "--year", "2024", "--set", "2=未建立", "--set", "3=未有效开展", "--set", "11=否"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("2 2024: 未建立\n3 2024: 未有效开展\n11 2024: 否\n");
    const report = JSON.parse(cli([file, "--year", "2024", "-f", "json", "--exit-zero"]).stdout);
    const progress = (id: string) =>
      report.files[0].indicators.find((i: { id: string }) => i.id === id).checks.progress;
    expect(progress("2").verdict).toBe("FAIL");
    expect(progress("2").reason).toContain("2024: “未建立” — not established, as the row requires");
    expect(progress("11").verdict).toBe("FAIL");
    expect(progress("3").verdict).toBe("REVIEW");
  });
});
