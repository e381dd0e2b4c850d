// JUnit XML for CI test reports (GitLab, Jenkins, Azure): per file a <testsuite>, per rule that
// ran a <testcase> that passes or fails. Messages without a rule (the file could not be read, an
// unused disable comment) go in a testcase of their own, FILE_CASE.
//
// A testcase holds one <failure> (or <error>) listing all of that rule's messages: Jenkins, Azure
// and several GitHub actions show only the first of several, and some parsers reject them.
import type { LintMessage, LintResult } from "../types.js";
import { plural } from "../shared/plural.js";
import { oneLine } from "../shared/visible.js";
import { repositoryPath, severityName } from "./shared.js";
import { streamingFormatter } from "./streaming.js";
import { element, xmlText } from "./xml.js";

export const FILE_CASE = "(bestand)";

interface Case {
  name: string;
  messages: LintMessage[];
}

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
}

function casesOf(result: LintResult, rulesRun: readonly string[]): Case[] {
  const byName = new Map<string, LintMessage[]>(rulesRun.map((id) => [id, []]));
  for (const message of result.messages) {
    const name = message.ruleId ?? FILE_CASE;
    byName.set(name, [...(byName.get(name) ?? []), message]);
  }
  return [...byName]
    .map(([name, messages]) => ({ name, messages }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function problemLine(file: string, message: LintMessage): string {
  const rule = message.ruleId ? ` (${message.ruleId})` : "";
  return `${file}:${message.line}:${message.column}: ${severityName(message)}: ${oneLine(message.message)}${rule}`;
}

/** The <failure> or <error> of a testcase: the first message up front, every message in the text. */
function outcome(file: string, messages: LintMessage[]): { xml: string; kind: "failure" | "error" } {
  const kind = messages.some((m) => m.fatal) ? "error" : "failure";
  const first = messages[0]!;
  const summary =
    messages.length === 1
      ? first.message
      : `${plural(messages.length, "melding", "meldingen")}, de eerste op regel ${first.line}: ${first.message}`;
  const type = messages.some((m) => m.severity === 2) ? "fout" : "waarschuwing";
  const text = messages.map((m) => problemLine(file, m)).join("\n");
  return { kind, xml: element(kind, { message: summary, type }, xmlText(text)) };
}

function suiteOf(result: LintResult, file: string, rulesRun: readonly string[]): Suite {
  const suite: Suite = { xml: "", tests: 0, failures: 0, errors: 0 };
  let body = "";
  for (const testCase of casesOf(result, rulesRun)) {
    suite.tests++;
    const attributes = { classname: file, name: testCase.name };
    if (testCase.messages.length === 0) {
      body += `    ${element("testcase", attributes)}\n`;
      continue;
    }
    const { xml, kind } = outcome(file, testCase.messages);
    if (kind === "error") suite.errors++;
    else suite.failures++;
    body += `    ${element("testcase", attributes, `\n      ${xml}\n    `)}\n`;
  }
  const attributes = { name: file, tests: suite.tests, failures: suite.failures, errors: suite.errors };
  suite.xml = `  ${element("testsuite", attributes, body ? `\n${body}  ` : "")}\n`;
  return suite;
}

// The root element carries the run's totals, so the suites wait as text (not as results) for the end.
export const junit = streamingFormatter((context) => {
  let body = "";
  const totals = { tests: 0, failures: 0, errors: 0 };
  return {
    result(result) {
      const file = repositoryPath(result.filePath, context.cwd) ?? result.filePath;
      const suite = suiteOf(result, file, context.rulesRun?.[result.filePath] ?? []);
      body += suite.xml;
      totals.tests += suite.tests;
      totals.failures += suite.failures;
      totals.errors += suite.errors;
      return "";
    },
    end() {
      const root = element("testsuites", { name: "beleefd", ...totals }, `\n${body}`);
      return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
    },
  };
});

export default junit;
