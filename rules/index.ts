// The built-in rules by id. Ids are stable: configs, disable comments and CI reports use them.
import type { Rule } from "../src/types.js";
import closing from "./closing.js";
import customerHangsUpFirst from "./customer-hangs-up-first.js";
import greeting from "./greeting.js";
import holdAskPermission from "./hold-ask-permission.js";
import holdReturnNameThanks from "./hold-return-name-thanks.js";
import noInterrupting from "./no-interrupting.js";
import noTutoyeren from "./no-tutoyeren.js";
import outboundAskConvenient from "./outbound-ask-convenient.js";
import transferAnnounce from "./transfer-announce.js";
import maxHoldDuration from "./max-hold-duration.js";
import maxSilence from "./max-silence.js";
import consistentAddress from "./consistent-address.js";
import noInformalPhrases from "./no-informal-phrases.js";
import noSuggestiveQuestions from "./no-suggestive-questions.js";
import showEmpathy from "./show-empathy.js";
import warmTransfer from "./warm-transfer.js";
import phaseOrder from "./phase-order.js";
import summarizeBeforeOffer from "./summarize-before-offer.js";
import greetingTimeOfDay from "./greeting-time-of-day.js";

export const builtinRules: Readonly<Record<string, Rule>> = withSchemaIds({
  greeting,
  "outbound-ask-convenient": outboundAskConvenient,
  "no-tutoyeren": noTutoyeren,
  "no-interrupting": noInterrupting,
  "hold-ask-permission": holdAskPermission,
  "hold-return-name-thanks": holdReturnNameThanks,
  "transfer-announce": transferAnnounce,
  closing,
  "customer-hangs-up-first": customerHangsUpFirst,
  "max-hold-duration": maxHoldDuration,
  "max-silence": maxSilence,
  "consistent-address": consistentAddress,
  "no-informal-phrases": noInformalPhrases,
  "no-suggestive-questions": noSuggestiveQuestions,
  "show-empathy": showEmpathy,
  "warm-transfer": warmTransfer,
  "phase-order": phaseOrder,
  "summarize-before-offer": summarizeBeforeOffer,
  "greeting-time-of-day": greetingTimeOfDay,
});

/**
 * The rules, each option schema with a stable `$id`, so the build compiles it ahead of time like
 * the project's JSON schema files (src/shared/precompiled.ts): a config with rule options then
 * needs no ajv at run time. The rule modules themselves stay as written.
 */
function withSchemaIds(rules: Record<string, Rule>): Record<string, Rule> {
  return Object.fromEntries(
    Object.entries(rules).map(([id, rule]) => {
      const schema = rule.meta.schema;
      if (!schema || schema.$id) return [id, rule];
      return [id, { ...rule, meta: { ...rule.meta, schema: { ...schema, $id: `https://beleefd.dev/schemas/rules/${id}.options.json` } } }];
    }),
  );
}
