// Wires the page: input (typing, pasting, files, examples), settings, and showing each outcome.
import { ConfigError, lint, type Fix } from "../../src/browser.js";
import { applyFix, ApplyHistory } from "./apply-fix.js";
import { check, type CheckOutcome } from "./check.js";
import { detectFormat } from "./detect-format.js";
import { byId, el } from "./dom.js";
import { EXAMPLES } from "./examples.js";
import { ACCEPTED_EXTENSIONS, AUTO, FORMATS, formatForFile, formatLabel } from "./formats.js";
import { renderConversation } from "./render-conversation.js";
import { renderApplyButtons, renderBetter } from "./render-fixes.js";
import { renderProblems } from "./render-problems.js";
import { renderSpeakerPicker } from "./render-speakers.js";
import { renderEmptySummary, renderSummary } from "./render-summary.js";
import { pageRubric, scoreOf, type PageScore } from "./score.js";
import { configFor, loadSettings, saveSettings, type PageSettings } from "./settings.js";
import { guessRoles, type PickedRole } from "./speaker-roles.js";
import { typingPause } from "./typing-pause.js";
import "./styles.css";

const text = byId<HTMLTextAreaElement>("tekst");
const format = byId<HTMLSelectElement>("formaat");
const formatNote = byId("formaat-herkend");
const speakerPicker = byId("sprekers");
const fileInput = byId<HTMLInputElement>("bestand");
const fileError = byId("bestand-fout");
const tutoyeren = byId<HTMLInputElement>("tutoyeren");
const preset = byId<HTMLSelectElement>("regelset");
const busy = byId("bezig");
const result = byId("resultaat");
const summary = byId("samenvatting");
const conversationView = byId("gesprek");
const problemsView = byId("meldingen");
const fixBar = byId("herstellen");
const applyAllButton = byId<HTMLButtonElement>("alles-toepassen");
const undoButton = byId<HTMLButtonElement>("ongedaan-maken");
const fixStatus = byId("herstel-status");

let settings = loadSettings();
let run = 0;
let anchors = new Map<number, HTMLElement>();
/** Roles of speaker labels, chosen by the trainee or guessed by beleefd; kept while the text changes. */
let speakerRoles = new Map<string, PickedRole>();
/** How long the last check took: a slow text waits longer before it is checked again. */
let lastCheckMs = 0;
/** Set by a paste, an example or a file: the next result is brought into view. */
let revealNext = false;
/** The texts before each "Pas toe" or "Alles toepassen", for "Ongedaan maken". */
const history = new ApplyHistory();
/** The text the shown messages are about; their edits fit only that text. */
let lintedText = "";

function setUpControls(): void {
  format.append(el("option", { attrs: { value: AUTO } }, "Automatisch herkennen"));
  for (const f of FORMATS) format.append(el("option", { attrs: { value: f.extension } }, f.label));
  fileInput.accept = ACCEPTED_EXTENSIONS.join(",");
  const examples = byId("voorbeelden");
  for (const example of EXAMPLES) {
    const button = el("button", { attrs: { type: "button", "data-example": example.id } }, example.label);
    button.addEventListener("click", () => showText(example.text, example.extension));
    examples.append(button);
  }
  document.querySelector<HTMLInputElement>(`input[name="richting"][value="${settings.direction}"]`)!.checked = true;
  tutoyeren.checked = settings.tutoyeren;
  preset.value = settings.preset;
}

function readSettings(): PageSettings {
  const direction = document.querySelector<HTMLInputElement>('input[name="richting"]:checked')?.value;
  return {
    direction: direction === "outbound" ? "outbound" : "inbound",
    tutoyeren: tutoyeren.checked,
    preset: preset.value === "beleefd:all" ? "beleefd:all" : "beleefd:recommended",
  };
}

/** A new text (example or file): its own format, left to detection when detection agrees. */
function showText(value: string, extension: string): void {
  text.value = value;
  history.forget();
  format.value = detectFormat(value) === extension ? AUTO : extension;
  speakerRoles = new Map();
  revealNext = true;
  void lintNow();
}

async function loadFile(file: File): Promise<void> {
  const found = formatForFile(file.name);
  if (!found) {
    fileError.textContent = `"${file.name}" kan beleefd niet lezen. Kies een bestand dat eindigt op ${ACCEPTED_EXTENSIONS.join(", ")}.`;
    return;
  }
  fileError.textContent = "";
  showText(await file.text(), found.extension);
}

/** The format the text is read as, and a note saying so (detected, or chosen by hand). */
function chosenExtension(): string {
  const detected = detectFormat(text.value);
  if (format.value === AUTO) {
    formatNote.textContent = text.value.trim() ? `Herkend als: ${formatLabel(detected)}.` : "";
    return detected;
  }
  formatNote.textContent =
    detected === format.value || !text.value.trim()
      ? ""
      : `Zelf gekozen. De tekst lijkt op ${formatLabel(detected)}; kies "Automatisch herkennen" om hem zo te lezen.`;
  return format.value;
}

async function lintNow(): Promise<void> {
  const mine = ++run;
  lintedText = text.value;
  const extension = chosenExtension();
  if (text.value.trim() === "") {
    summary.replaceChildren(...renderEmptySummary());
    conversationView.replaceChildren();
    problemsView.replaceChildren();
    fixBar.hidden = !history.canUndo;
    showSpeakers([]);
    return;
  }
  busy.hidden = false;
  result.setAttribute("aria-busy", "true");
  // Let the browser paint "bezig" before the check holds the page.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (mine !== run) return;
  try {
    const started = performance.now();
    let outcome = await check(text.value, extension, configWithSpeakers());
    // Labels beleefd did not know get their best guess at once, and the call is checked with it.
    const roles = guessRoles(outcome.speakers, speakerRoles, settings.direction);
    const changed = outcome.speakers.some(({ label, role }) => roles.get(label) !== role);
    speakerRoles = new Map([...speakerRoles, ...roles]);
    if (changed && mine === run) outcome = await check(text.value, extension, configWithSpeakers());
    lastCheckMs = performance.now() - started;
    const rubric = await pageRubric(configFor(settings));
    if (mine === run) show(outcome, scoreOf(outcome.result, rubric));
  } catch (error) {
    if (mine !== run) return;
    const reason = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    summary.replaceChildren(el("p", { class: "error" }, `Controleren lukte niet: ${reason}`));
  } finally {
    if (mine === run) {
      busy.hidden = true;
      result.removeAttribute("aria-busy");
    }
  }
}

function configWithSpeakers() {
  return { ...configFor(settings), speakers: Object.fromEntries(speakerRoles) };
}

function showSpeakers(labels: CheckOutcome["speakers"]): void {
  speakerPicker.hidden = labels.length === 0;
  speakerPicker.replaceChildren(
    ...renderSpeakerPicker(labels, speakerRoles, (label, role) => {
      speakerRoles.set(label, role);
      void lintNow();
    }),
  );
}

function show(outcome: CheckOutcome, score: PageScore): void {
  const { result: lintResult, conversation, source } = outcome;
  showSpeakers(outcome.speakers);
  summary.replaceChildren(...renderSummary(score));
  if (conversation) {
    const rendered = renderConversation(conversation, lintResult.messages, source);
    anchors = rendered.anchors;
    conversationView.replaceChildren(rendered.root);
  } else {
    anchors = new Map();
    conversationView.replaceChildren(el("p", { class: "error" }, "Dit gesprek kon beleefd niet lezen; zie de melding."));
  }
  // A script can be changed here; a transcript records what was said, so it only shows the better sentence.
  const isScript = conversation?.format === "script";
  const extra = isScript
    ? (message: (typeof lintResult.messages)[number]) => renderApplyButtons(message, applyOne)
    : conversation
      ? (message: (typeof lintResult.messages)[number]) => renderBetter(message, conversation)
      : undefined;
  problemsView.replaceChildren(
    lintResult.messages.length === 0
      ? el("p", {}, "Geen meldingen: dit gesprek volgt de etiquette.")
      : renderProblems(lintResult.messages, (index) => jumpTo(index, lintResult.messages[index]!.span), extra),
  );
  const fixable = lintResult.messages.some((message) => message.fix);
  fixBar.hidden = !isScript && !history.canUndo;
  applyAllButton.disabled = !isScript || !fixable;
  showUndo();
  if (revealNext) {
    revealNext = false;
    result.scrollIntoView({ block: "start" });
    summary.focus({ preventScroll: true });
  }
}

/**
 * Undo is marked unavailable rather than disabled, so it keeps focus after the last undo
 * (a disabled button drops focus to the page).
 */
function showUndo(): void {
  undoButton.setAttribute("aria-disabled", String(!history.canUndo));
}

/** Puts a changed text in the field, remembering the old one for undo, and checks it again. */
function replaceText(changed: string, note: string): void {
  history.remember(text.value);
  text.value = changed;
  fixStatus.textContent = note;
  showUndo();
  // The button pressed is gone after the new check; undo stays in the same place.
  undoButton.focus();
  void lintNow();
}

function applyOne(fix: Fix): void {
  if (text.value !== lintedText) {
    fixStatus.textContent = "De tekst is intussen veranderd; pas toe na de nieuwe controle.";
    return;
  }
  replaceText(applyFix(text.value, fix), "Verbetering toegepast; de tekst is opnieuw gecontroleerd.");
}

async function applyAll(): Promise<void> {
  let output: string | undefined;
  try {
    ({ output } = await lint(text.value, { filePath: `gesprek${chosenExtension()}`, config: configWithSpeakers(), fix: true }));
  } catch (error) {
    fixStatus.textContent = `Verbeteren lukte niet: ${error instanceof Error ? error.message : String(error)}`;
    return;
  }
  if (output === undefined || output === text.value) {
    fixStatus.textContent = "Er viel niets zeker te verbeteren.";
    return;
  }
  replaceText(output, "Alle zekere verbeteringen toegepast; de tekst is opnieuw gecontroleerd.");
}

function undo(): void {
  const before = history.undo();
  if (before === undefined) return;
  text.value = before;
  showUndo();
  fixStatus.textContent = "Ongedaan gemaakt; de tekst is opnieuw gecontroleerd.";
  void lintNow();
}

/** Shows a problem in the call and gives it focus; without a place in the call, selects it in the text. */
function jumpTo(index: number, span: readonly [number, number]): void {
  for (const old of conversationView.querySelectorAll(".is-current")) old.classList.remove("is-current");
  const anchor = anchors.get(index);
  if (!anchor) {
    const bom = text.value.startsWith("\uFEFF") ? 1 : 0;
    text.focus();
    text.setSelectionRange(span[0] + bom, span[1] + bom);
    return;
  }
  for (const node of conversationView.querySelectorAll<HTMLElement>("[data-problems]")) {
    if (node.dataset.problems!.split(" ").includes(String(index))) node.classList.add("is-current");
  }
  anchor.scrollIntoView({ block: "center" });
  anchor.focus({ preventScroll: true });
}

/** From a highlight back to its explanation: click, Enter or Escape. */
function backToList(target: EventTarget | null): void {
  const node = (target as HTMLElement | null)?.closest<HTMLElement>("[data-problems], .general-note");
  const first = node?.dataset.problems?.split(" ")[0] ?? [...anchors].find(([, a]) => a === node)?.[0];
  if (first === undefined) return;
  document.querySelector<HTMLButtonElement>(`#probleem-${first} .problem__jump`)?.focus();
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
text.addEventListener("paste", () => {
  revealNext = true;
});
text.addEventListener("input", () => {
  history.forget();
  showUndo();
  fixStatus.textContent = "";
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => void lintNow(), typingPause(lastCheckMs));
});
format.addEventListener("change", () => void lintNow());
applyAllButton.addEventListener("click", () => void applyAll());
undoButton.addEventListener("click", undo);
for (const control of document.querySelectorAll("#instellingen input, #instellingen select")) {
  control.addEventListener("change", () => {
    settings = readSettings();
    saveSettings(settings);
    void lintNow();
  });
}
fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file) void loadFile(file);
});
// A file dropped anywhere on the page is read, not opened by the browser.
document.addEventListener("dragover", (event) => event.preventDefault());
document.addEventListener("drop", (event) => {
  event.preventDefault();
  const file = event.dataTransfer?.files[0];
  if (file) void loadFile(file);
});
conversationView.addEventListener("click", (event) => backToList(event.target));
conversationView.addEventListener("keydown", (event) => {
  if (event.key === "Enter" || event.key === "Escape") backToList(event.target);
});

setUpControls();
void lintNow();
