/** The last look before record replaces a file: a file changed since it was read is never replaced. */
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertUnchanged, readFileToRecord } from "../../src/cli/recordFile.js";
import { CliError } from "../../src/cli/errors.js";
import { tempDir } from "../support/tempDir.js";

const fresh = () => {
  const file = join(tempDir("cas-"), "f.yaml");
  writeFileSync(file, "region: {name: x}\n");
  return file;
};

describe("assertUnchanged", () => {
  it("passes for the file as read", () => {
    const file = fresh();
    const { stamp } = readFileToRecord(file, file);
    expect(() => assertUnchanged(file, file, stamp)).not.toThrow();
  });

  it("refuses after another write of the same length, and after a rename over it", () => {
    const file = fresh();
    const { stamp } = readFileToRecord(file, file);
    writeFileSync(file, "region: {name: y}\n");
    expect(() => assertUnchanged(file, file, stamp)).toThrow(CliError);
    const again = readFileToRecord(file, file).stamp;
    const other = `${file}.new`;
    writeFileSync(other, "region: {name: y}\n");
    renameSync(other, file);
    try {
      assertUnchanged(file, file, again);
      expect.unreachable();
    } catch (e) {
      expect((e as CliError).detail.id).toBe("error.record.changedMeanwhile");
    }
  });
});
