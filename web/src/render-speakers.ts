// The role picker: one choice (agent / klant / collega) per speaker label beleefd is unsure of,
// so a trainee names the speakers on the page instead of editing front matter.
import { el } from "./dom.js";
import { ROLE_NAMES, type PickedRole, type SpeakerLabel } from "./speaker-roles.js";

export function renderSpeakerPicker(
  labels: readonly SpeakerLabel[],
  roles: ReadonlyMap<string, PickedRole>,
  onPick: (label: string, role: PickedRole) => void,
): HTMLElement[] {
  if (labels.length === 0) return [];
  const rows = labels.map(({ label }, i) => {
    const id = `spreker-${i}`;
    const select = el("select", { attrs: { id, "data-speaker": label } });
    for (const [role, name] of Object.entries(ROLE_NAMES)) {
      const option = el("option", { attrs: { value: role } }, name);
      option.selected = roles.get(label) === role;
      select.append(option);
    }
    select.addEventListener("change", () => onPick(label, select.value as PickedRole));
    return el("div", { class: "speaker" }, el("label", { attrs: { for: id } }, label), select);
  });
  return [
    el("legend", {}, "Wie spreekt er?"),
    el("p", { class: "hint" }, "beleefd weet niet zeker wie wie is en heeft een gok gedaan. Klopt een rol niet, kies dan de juiste: de controle past zich meteen aan."),
    ...rows,
  ];
}
