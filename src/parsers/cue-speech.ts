// What is said in a subtitle cue and by whom: WebVTT voice tags (`<v Agent>`, `<v.loud Klant>`,
// closed by `</v>`) or `Agent:` prefixes. Other tags, `{\an8}` codes and entities are not speech:
// tags are left out of the pieces, entities are decoded in place into the view.
import type { Role, Span } from "../model/conversation.js";
import type { ParseProblem } from "../types.js";
import type { Line } from "./cue-blocks.js";
import { SpeakerMap } from "./labels.js";
import { looksLikeLabel } from "./line-syntax.js";
import { unknownVoiceProblem } from "./timed-call.js";

export interface SpeakerRun {
  speaker: string;
  role: Role;
  /** Where the run starts: its voice tag or label, else its first word. */
  start: number;
  pieces: Span[];
}

const MARKUP = /<(\/?)([^\s.>\/]*)([^>\n]*)>|\{\\[^}\n]*\}/g;
const VOICE = /<v[\s.]/;
const LABEL = /^([ \t]*(?:-[ \t]*)?)([\p{L}][\p{L}\p{N}.'’_\- ]{0,40}?)[ \t]*:[ \t]?/u;
const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", nbsp: " ", quot: '"', apos: "'", lrm: " ", rlm: " " };
const ENTITY = /&(amp|lt|gt|nbsp|quot|apos|lrm|rlm|#\d{1,6}|#x[0-9a-fA-F]{1,5});/g;

const UNKNOWN = "Onbekend";

/** Reads cue payloads in order, carrying the speaker from one cue to the next. */
export class CueSpeech {
  private speaker: { name: string; role: Role } | undefined;
  private readonly warned = new Set<string>();
  readonly replacements: Array<[number, string]> = [];

  constructor(
    private readonly speakers: SpeakerMap,
    private readonly problems: ParseProblem[],
  ) {}

  runs(lines: readonly Line[]): SpeakerRun[] {
    const runs: SpeakerRun[] = [];
    let current: SpeakerRun | undefined;
    const open = (name: string, role: Role, start: number) => {
      this.speaker = { name, role };
      current = { speaker: name, role, start, pieces: [] };
      runs.push(current);
    };
    const add = (from: number, to: number) => {
      if (to <= from) return;
      if (!current) {
        const known = this.speaker ?? this.unknownSpeaker(from, to);
        open(known.name, known.role, from);
      }
      current!.pieces.push([from, to]);
    };
    for (const line of lines) {
      this.decodeEntities(line);
      let at = line.start;
      MARKUP.lastIndex = 0;
      // A voice tag names the speaker; only without one can the line start with a label.
      const label = VOICE.test(line.text) ? null : LABEL.exec(line.text.replace(MARKUP, (m) => " ".repeat(m.length)));
      const labelRole = label ? this.speakers.roleOf(label[2]!) : undefined;
      if (label && (labelRole || looksLikeLabel(label[2]!))) {
        const name = label[2]!.trim();
        const labelStart = line.start + label[1]!.length;
        open(name, labelRole ?? this.unknownLabel(name, labelStart), labelStart);
        at = line.start + label[0].length;
      }
      MARKUP.lastIndex = 0;
      for (let tag = MARKUP.exec(line.text); tag; tag = MARKUP.exec(line.text)) {
        const tagStart = line.start + tag.index;
        const tagEnd = tagStart + tag[0].length;
        if (tagEnd <= at) continue;
        add(at, tagStart);
        at = tagEnd;
        if (tag[2] === "v" && !tag[1]) {
          const name = tag[3]!.replace(/^(?:\.[^\s.>]+)*/, "").trim() || UNKNOWN;
          const role = this.speakers.roleOf(name) ?? this.unknownLabel(name, tagStart + tag[0].indexOf(name));
          open(name, role, tagStart);
        }
      }
      add(at, line.end);
    }
    return runs.filter((run) => run.pieces.length > 0);
  }

  private unknownLabel(name: string, at: number): Role {
    if (!this.warned.has(name)) {
      this.warned.add(name);
      this.problems.push(unknownVoiceProblem(name, [at, at + name.length]));
    }
    return "unknown";
  }

  private unknownSpeaker(from: number, to: number): { name: string; role: Role } {
    if (!this.warned.has("")) {
      this.warned.add("");
      this.problems.push({ span: [from, to], message: "Deze cue zegt niet wie er spreekt. Begin met een stemlabel ('<v Agent>') of 'Agent:'." });
    }
    return { name: UNKNOWN, role: "unknown" };
  }

  private decodeEntities(line: Line): void {
    if (!line.text.includes("&")) return;
    ENTITY.lastIndex = 0;
    for (let match = ENTITY.exec(line.text); match; match = ENTITY.exec(line.text)) {
      const name = match[1]!;
      const code = name.startsWith("#") ? (name[1] === "x" ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : -1;
      const char = code < 0 ? ENTITIES[name]! : code <= 0x10ffff ? String.fromCodePoint(code) : "?";
      this.replacements.push([line.start + match.index, char.padEnd(match[0].length, " ")]);
    }
  }
}
