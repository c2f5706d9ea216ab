import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.ts";

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks, and ends lines with CRLF", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x, y", 'say "hi"'],
          ["line\nbreak", 3],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",3\r\n');
  });

  it("keeps chat that looks like a formula as text", () => {
    expect(toCsv(["text"], [['=HYPERLINK("x")'], ["-5"], [-5]])).toBe(
      'text\r\n"\'=HYPERLINK(""x"")"\r\n\'-5\r\n-5\r\n',
    );
  });

  it("leaves empty cells for null and undefined", () => {
    expect(toCsv(["a", "b", "c"], [[null, undefined, false]])).toBe("a,b,c\r\n,,false\r\n");
  });
});
