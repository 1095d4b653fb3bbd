import { expect, test } from "vitest";
import { jsonErrorAt } from "../../src/core/json-error.js";

test("valid JSON has no error, whatever V8 accepts", () => {
  for (const text of ['{"a":[1,2.5e3,-0,true,false,null,"x\\u00e9\\n"]}', " [] ", "{}", '"s"', "0", '{"a":{"b":[[],{}]}}']) {
    expect(jsonErrorAt(text), text).toBeUndefined();
    expect(() => JSON.parse(text)).not.toThrow();
  }
});

test("an invalid text gets a line, a column and a reason that quote nothing of it", () => {
  const secret = "ghp_FAKESECRET0123456789";
  const cases: Array<[string, string]> = [
    [`${secret}\n`, "1:1 expected a value"],
    [`{\n  "a": 1,\n  ${secret}\n}`, "3:3 expected a quoted key"],
    [`{"a": [1, 2 ${secret}]}`, "1:13 expected ',' or ']'"],
    ['{"a": "unterminated', "1:20 unterminated or invalid string"],
    ["[1, 2", "1:6 unexpected end of input"],
    [`{} ${secret}`, "1:4 unexpected text after the JSON value"],
    ["[tru]", "1:2 expected a value"],
    ["", "1:1 unexpected end of input"],
  ];
  for (const [text, expected] of cases) {
    const at = jsonErrorAt(text)!;
    expect(`${at.line}:${at.col} ${at.problem}`, text).toBe(expected);
    expect(() => JSON.parse(text)).toThrow();
    expect(at.problem).not.toContain("ghp");
  }
});

test("deep nesting is scanned without recursion", () => {
  expect(jsonErrorAt("[".repeat(1_000_000) + "]".repeat(1_000_000))).toBeUndefined();
  expect(jsonErrorAt("[".repeat(1_000_000))).toMatchObject({ problem: "unexpected end of input" });
});
