import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readSimpleYaml } from "../../src/parsers/simple-yaml.js";

const frontMatterOf = (text: string) => /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.(txt|md)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe("eenvoudige front matter zonder YAML-bibliotheek", () => {
  it("leest elke front matter van de voorbeelden precies zoals de YAML-parser", () => {
    let simple = 0;
    for (const file of [...files("fixtures/examples"), ...files("fixtures/parsers")]) {
      const yaml = frontMatterOf(readFileSync(file, "utf8"));
      if (yaml === undefined) continue;
      const result = readSimpleYaml(yaml);
      if (result === undefined) continue;
      simple++;
      expect(result, file).toEqual(parse(yaml));
    }
    expect(simple).toBeGreaterThan(30);
  });

  it("leest sleutels, waarden met spaties en één geneste map", () => {
    const yaml = "richting: inbound\nklant: mevrouw De Vries-Jansen\n# opmerking\nsprekers:\n  Sigrid: agent\n  Beller 1: klant\r\norganisatie: Woonstad Rotterdam\n";
    expect(readSimpleYaml(yaml)).toEqual(parse(yaml));
  });

  it.each([
    ["lijst", "sprekers:\n  - Sigrid\n"],
    ["getal", "klantnummer: 4839201\n"],
    ["boolean", "tutoyeren: true\n"],
    ["nee is geen tekst in YAML 1.1", "tutoyeren: no\n"],
    ["aanhalingstekens", 'klant: "mevrouw Janssen"\n'],
    ["commentaar achter een waarde", "klant: Janssen # achternaam\n"],
    ["dubbele sleutel", "klant: A\nklant: B\n"],
    ["ongelijke inspringing", "sprekers:\n  a: agent\n    b: klant\n"],
    ["lege geneste map", "sprekers:\n"],
    ["dubbele punt in waarde", "titel: Les 3: wachten\n"],
    ["kapotte YAML", "klant: [Janssen\n"],
    ["tab als inspringing", "sprekers:\n\tSigrid: agent\n"],
  ])("laat %s aan de YAML-parser over", (_name, yaml) => {
    expect(readSimpleYaml(yaml)).toBeUndefined();
  });
});
