// The layers of beleefd, lowest first: a file may import its own layer and the layers below it,
// never one above. Written down once, here; the README's "Hoe het in elkaar zit" describes them and
// tests/layers.test.ts holds every import in src/ and rules/ against them.
//
// Type-only imports count as well: a type names the module it comes from, and the published type
// declarations (dist/types) carry every such import, so a type reaching upward ties the layers
// together for users of the types as much as a value would.

export interface Layer {
  readonly name: string;
  /** Folders (ending in "/") and files; a file belongs to the layer with the longest matching path. */
  readonly paths: readonly string[];
  /** What the layer holds, in a few Dutch words, for whoever places a new folder. */
  readonly holds: string;
}

export const LAYERS: readonly Layer[] = [
  { name: "shared", paths: ["src/shared/"], holds: "ajv, JSON-pointers, 'Bedoelde je', sjablonen, YAML, zichtbare tekens, kleuren, meervouden" },
  // The core vocabulary names itself in a circle: a language pack's lists are typed by the matcher's
  // tokens and the model's roles and phases, the matcher compiles the pack, the model asks both.
  // One layer, so the circle stays inside it; nothing in it reaches above.
  {
    name: "kern",
    paths: ["src/text/", "src/lang/", "src/model/", "src/types.ts", "src/rule.ts"],
    holds: "woorden, taalpakketten, het gespreksmodel en de kerncontracten",
  },
  { name: "parsers", paths: ["src/parsers/"], holds: "invoerformaten → Conversation" },
  { name: "phases", paths: ["src/phases/"], holds: "fasen afleiden in transcripten" },
  { name: "engine", paths: ["src/engine/"], holds: "regels draaien, meldingen, directives, fixes" },
  { name: "rules", paths: ["rules/", "src/checks/"], holds: "de ingebouwde regels en de huisregels uit checks" },
  { name: "config", paths: ["src/config/"], holds: "configuratie lezen, controleren en samenvoegen" },
  { name: "docs", paths: ["src/docs/"], holds: "documentatiepagina's van regels" },
  { name: "report", paths: ["src/report/"], holds: "HTML-bouwstenen voor rapporten" },
  { name: "grade", paths: ["src/grade/"], holds: "beoordelen met een rubric" },
  { name: "formatters", paths: ["src/formatters/"], holds: "uitvoerformaten" },
  {
    name: "api",
    paths: ["src/api.ts", "src/browser.ts", "src/index.ts", "src/files.ts", "src/decode.ts", "src/file-kind.ts", "src/describe.ts", "src/workers/"],
    holds: "de publieke API, bestanden lezen en werkthreads",
  },
  { name: "cli", paths: ["src/cli.ts", "src/cli/", "src/lsp/"], holds: "de opdrachtregel en de language server" },
];

/**
 * Imports that still run upward, each with the reason it is allowed for now. An exception that no
 * import needs any more makes the test fail, so this list only shrinks.
 */
export const EXCEPTIONS: readonly { from: string; to: string; why: string }[] = [];
