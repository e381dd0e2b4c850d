// The trainee's choices (direction, tutoyeren, rule set), remembered in localStorage. The call text
// itself is never stored: transcripts hold customer data.
import type { PresetName, UserConfig } from "../../src/browser.js";

export interface PageSettings {
  direction: "inbound" | "outbound";
  tutoyeren: boolean;
  preset: PresetName;
}

const KEY = "beleefd.web.instellingen";
export const DEFAULT_SETTINGS: PageSettings = { direction: "inbound", tutoyeren: false, preset: "beleefd:recommended" };

/** The stored settings; anything missing or unreadable falls back to the defaults. */
export function loadSettings(storage: Pick<Storage, "getItem"> | undefined = safeStorage()): PageSettings {
  let stored: Partial<PageSettings> = {};
  try {
    const raw = storage?.getItem(KEY);
    if (raw) stored = JSON.parse(raw) as Partial<PageSettings>;
  } catch {
    stored = {};
  }
  return {
    direction: stored.direction === "outbound" ? "outbound" : "inbound",
    tutoyeren: stored.tutoyeren === true,
    preset: stored.preset === "beleefd:all" ? "beleefd:all" : "beleefd:recommended",
  };
}

export function saveSettings(settings: PageSettings, storage: Pick<Storage, "setItem"> | undefined = safeStorage()): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Private browsing or a full quota: the page still works, it just forgets.
  }
}

/** The config `lint()` gets: the preset plus the two settings. */
export function configFor(settings: PageSettings): UserConfig {
  return { extends: settings.preset, settings: { direction: settings.direction, tutoyeren: settings.tutoyeren } };
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
