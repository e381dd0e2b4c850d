// phase-order — the phases of a call come in the fixed order, and none is missing.
import { defineRule } from "../src/rule.js";
import { callTypeOf, endsInTransfer, hasCustomer, phaseRuns, phasesOf, sentenceActs, speaksToCustomer, speechSpan, turns, type PhaseRun } from "../src/model/query.js";
import type { Act } from "../src/lang/acts.js";
import { CALL_TYPES, PHASES, type Call, type CallType, type Phase, type Span } from "../src/model/conversation.js";

interface Options {
  required: Phase[];
  allowReturnToAnalysis: boolean;
  requireHeadings: boolean;
  offerNotRequiredFor: CallType[];
}

/** How each phase is named and what the agent does in it, for the messages. */
const ABOUT: Record<Phase, { name: string; heading: string; task: string; example: string }> = {
  alertheid: { name: "alertheidsfase", heading: "Alertheidsfase", task: "zet klaar wat je nodig hebt voordat je opneemt", example: "Mond leeg, pen en papier klaar, klantsysteem open." },
  aanvang: { name: "aanvangsfase", heading: "Aanvangsfase", task: "begroet de klant en stel jezelf voor", example: "Goedemiddag, u spreekt met Sigrid van Enerva. Wat kan ik voor u doen?" },
  analyse: { name: "analysefase", heading: "Analysefase", task: "zoek eerst uit wat de klant precies nodig heeft: luister, vraag door en vat samen", example: "Sinds wanneer speelt dit? ... Dus als ik het goed begrijp, wilt u …?" },
  aanbod: { name: "aanbodfase", heading: "Aanbodfase", task: "bied de klant een oplossing of een vervolgstap aan", example: "Wat ik voor u kan doen, is vandaag nog een monteur inplannen." },
  afsluiting: { name: "afsluitingsfase", heading: "Afsluitingsfase", task: "vraag of de klant nog vragen heeft, bedank en wens een prettige dag", example: "Heeft u verder nog vragen? ... Bedankt voor uw telefoontje en nog een fijne dag!" },
};

const order = (phase: Phase) => PHASES.indexOf(phase);

/** What the agent does in the analysis: ask and summarise. */
const ANALYSIS_ACTS: readonly Act[] = ["question", "summary"];
/** Questions that belong to the opening, the hold or the close, not to finding out what the customer needs. */
const FORMULAIC_QUESTIONS: readonly Act[] = ["offerHelp", "convenience", "furtherQuestions", "holdRequest"];

export default defineRule<Options>({
  meta: {
    type: "problem",
    docs: {
      description: "Doorloop de fasen van het gesprek in de vaste volgorde: aanvang, analyse, aanbod en afsluiting, zonder er een over te slaan.",
      recommended: true,
    },
    messages: {
      missing:
        "De {{name}} ontbreekt{{before}}: {{task}}. Een gesprek volgt vaste fasen, zodat je niets overslaat en de klant weet waar hij aan toe is. Bijvoorbeeld: '{{example}}'",
      missingHeading:
        "Het script heeft geen {{name}}{{before}}: zet er een kop '## {{heading}}' boven en {{task}}. Bijvoorbeeld: '{{example}}'",
      outOfOrder:
        "De {{name}} komt hier na de {{afterName}}. De fasen horen in deze volgorde: aanvang, analyse, aanbod, afsluiting; zo {{task}} op het juiste moment. Zet dit deel vóór de {{afterName}}.",
      noHeadings:
        "Dit script benoemt de gespreksfasen niet in koppen. Zet elke fase onder een eigen kop, dan zie je meteen of er een ontbreekt. Bijvoorbeeld: '## Aanvangsfase', '## Analysefase', '## Aanbodfase', '## Afsluitingsfase'.",
    },
    schema: {
      type: "object",
      properties: {
        required: {
          type: "array",
          items: { enum: [...PHASES] },
          uniqueItems: true,
          description: "De fasen die in elk gesprek moeten voorkomen. De alertheidsfase telt alleen in scripts (in een transcript hoor je haar niet).",
        },
        allowReturnToAnalysis: {
          type: "boolean",
          description: "Mag het gesprek na een aanbod terug naar de analyse (de klant wil iets anders), om daarna opnieuw een aanbod te doen?",
        },
        offerNotRequiredFor: {
          type: "array",
          items: { enum: [...CALL_TYPES] },
          uniqueItems: true,
          description: "Soorten gesprek zonder aanbodfase: een enquête of dataregistratie biedt de klant niets aan. De soort staat in de front matter (soort: enquête); een uitgaand gesprek dat opent met een onderzoek herkent beleefd zelf.",
        },
        requireHeadings: {
          type: "boolean",
          description: "Moet een script zijn fasen in koppen benoemen? Zonder koppen meldt de regel dat één keer.",
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { required: ["aanvang", "analyse", "aanbod", "afsluiting"], allowReturnToAnalysis: true, requireHeadings: true, offerNotRequiredFor: ["enquête", "dataregistratie"] },
  },
  create(context) {
    const { options } = context;
    const scriptFormat = context.conversation.format === "script";

    function place(run: PhaseRun): Span {
      const item = run.item;
      if (item.kind === "event") return item.span;
      const [start, end] = speechSpan(item, context.source.text);
      return [Math.max(start, run.offset), Math.max(end, run.offset)];
    }

    /** Phases out of order: a phase after a later one, except one return from aanbod to analyse. */
    function checkOrder(runs: readonly PhaseRun[]): void {
      let furthest = -1;
      const seen = new Set<Phase>();
      for (const run of runs) {
        const at = order(run.phase);
        const isReturn = options.allowReturnToAnalysis && run.phase === "analyse" && seen.has("analyse") && PHASES[furthest] === "aanbod";
        if (at < furthest && !isReturn) {
          const after = ABOUT[PHASES[furthest]!];
          context.report({ node: run.item, span: place(run), messageId: "outOfOrder", data: { ...ABOUT[run.phase], afterName: after.name } });
        }
        furthest = Math.max(furthest, at);
        seen.add(run.phase);
      }
    }

    /**
     * The phases the call has: in a script any line under the heading. Inferred, a phase the agent
     * spoke in, or one what the agent did shows: a question or summary is analysis, an offer,
     * referral or transfer is an offer, wherever the inference put the phase boundaries.
     */
    function present(call: Call): Set<Phase> {
      if (call.meta.phaseSource !== "inferred") return new Set(call.items.flatMap((item) => phasesOf(item)));
      const toCustomer = turns(call).filter((turn) => speaksToCustomer(call, turn));
      const has = new Set(toCustomer.flatMap((turn) => phasesOf(turn)));
      let offered = false;
      for (const turn of toCustomer) {
        for (const sentence of sentenceActs(call, turn, context.phrases)) {
          // Questions after the first offer do not make up for an analysis that never came before it.
          if (!offered && ANALYSIS_ACTS.some((act) => sentence.acts.has(act)) && !FORMULAIC_QUESTIONS.some((act) => sentence.acts.has(act))) has.add("analyse");
          if (sentence.acts.has("offer") || sentence.acts.has("transferAnnounce")) {
            has.add("aanbod");
            offered = true;
          }
        }
      }
      if (call.items.some((item) => item.kind === "event" && item.event === "transfer")) has.add("aanbod");
      return has;
    }

    function checkMissing(call: Call, runs: readonly PhaseRun[]): void {
      const inferred = call.meta.phaseSource === "inferred";
      const has = present(call);
      // A call that never got past the opening (it did not suit, a wrong number) has no analyse or
      // offer to miss: judged by the inferred phases, where "Wanneer kan ik u beter terugbellen?" is
      // still the opening.
      const spoken = new Set(call.items.flatMap((item) => phasesOf(item)));
      const hasMiddle = inferred ? spoken.has("analyse") || spoken.has("aanbod") : has.has("analyse") || has.has("aanbod");
      const callType = callTypeOf(call, context.phrases, context.language, context.settings);
      const offerless = callType !== undefined && options.offerNotRequiredFor.includes(callType);
      for (const phase of options.required) {
        if (has.has(phase)) continue;
        // Inferred from a transcript, only a missing middle is this rule's to report: a missing
        // opening or close is what greeting and closing say, on the same line.
        if (inferred && (phase === "alertheid" || phase === "aanvang" || phase === "afsluiting")) continue;
        if (inferred && (phase === "analyse" || phase === "aanbod") && !hasMiddle) continue;
        if (phase === "afsluiting" && endsInTransfer(call)) continue;
        if (phase === "aanbod" && offerless) continue;
        // Where it should have come: at the first later phase, or else at the end of the call.
        const next = runs.find((run) => order(run.phase) > order(phase) && (!inferred || has.has(run.phase)));
        const last = turns(call, "agent").at(-1) ?? call.items.at(-1);
        if (!next && !last) return;
        const node = next?.item ?? last!;
        const span = next ? place(next) : node.kind === "turn" ? speechSpan(node, context.source.text) : node.span;
        const before = next ? ` vóór de ${ABOUT[next.phase].name}` : "";
        context.report({ node, span, messageId: scriptFormat && !inferred ? "missingHeading" : "missing", data: { ...ABOUT[phase], before } });
      }
    }

    return {
      Call(call) {
        if (!hasCustomer(call) && !scriptFormat) return;
        if (scriptFormat && call.meta.phaseSource === "inferred") {
          const first = call.items[0];
          if (options.requireHeadings && first) context.report({ node: first, span: first.kind === "turn" ? speechSpan(first, context.source.text) : first.span, messageId: "noHeadings" });
          return;
        }
        const runs = phaseRuns(call);
        checkOrder(runs);
        checkMissing(call, runs);
      },
    };
  },
});
