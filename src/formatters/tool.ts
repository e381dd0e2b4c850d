// Who made a report and where a rule's page lives, for formats that name the tool (sarif).
import pkg from "../../package.json" with { type: "json" };
import type { RuleMeta } from "../types.js";

/** The repository's web address, from package.json ("git+https://…/beleefd.git" → "https://…/beleefd"). */
const REPOSITORY = pkg.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");

export const TOOL = { name: pkg.name, version: pkg.version, informationUri: REPOSITORY } as const;

/**
 * The rule's page: `meta.docs.url` when the rule sets one, else rules/<id>.md on the main branch
 * for a built-in rule. Plugin rules ("plugin/rule") without a url have no page.
 */
export function ruleUrl(ruleId: string, meta: RuleMeta | undefined): string | undefined {
  if (meta?.docs.url) return meta.docs.url;
  return ruleId.includes("/") ? undefined : `${REPOSITORY}/blob/main/rules/${ruleId}.md`;
}
