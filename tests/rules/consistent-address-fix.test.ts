// consistent-address fixes toward the register the call started in.
import { describe, expect, it } from "vitest";
import { lint } from "../../src/api.js";

const config = { rules: { "consistent-address": "error" as const }, settings: { tutoyeren: true } };

describe("consistent-address fixes", () => {
  it("a call begun with je: certain u-forms become je, a bare u is only suggested", async () => {
    const text = "# Gesprek\n\n**Agent:** Hoi, met Noa van Trapkracht. Wat kan ik voor je doen?\n**Klant:** Mijn e-bike laadt niet op.\n**Agent:** Heeft u de bon nog? Ik stuur u een nieuwe accu.\n";
    const result = await lint(text, { filePath: "script.md", config, fix: true });
    expect(result.output?.split("\n")[4]).toBe("**Agent:** Heb je de bon nog? Ik stuur u een nieuwe accu.");
    const bare = result.messages.find((m) => m.message.includes("'u'"))!;
    expect(bare.fix).toBeUndefined();
    expect(bare.suggestions!.map((s) => s.fix.text)).toEqual(["je"]);
  });

  it("a call begun with u: je-forms become u", async () => {
    const text = "# Gesprek\n\n**Agent:** Goedemiddag, met Noa van Trapkracht. Wat kan ik voor u doen?\n**Klant:** Mijn e-bike laadt niet op.\n**Agent:** Kun je je bon laten zien? Dank je wel.\n";
    const result = await lint(text, { filePath: "script.md", config, fix: true });
    expect(result.output).toBe(text.replace("Kun je je bon", "Kunt u uw bon").replace("Dank je wel", "Dank u wel"));
  });
});
