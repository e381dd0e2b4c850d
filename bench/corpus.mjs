// Generates a deterministic corpus of varied Dutch call transcripts for the benchmark: sectors,
// inbound and outbound, clean calls and calls with the mistakes the rules look for, short and long.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTORS = [
  { org: "Enerva", topic: "mijn jaarafrekening", thing: "het voorschot", dept: "afdeling Facturatie" },
  { org: "NetLijn", topic: "een storing aan mijn internet", thing: "de modem", dept: "technische dienst" },
  { org: "Spaarbank Oost", topic: "een geblokkeerde pas", thing: "de betaalpas", dept: "afdeling Betaalzaken" },
  { org: "Veilig Thuis Verzekeringen", topic: "schade aan mijn auto", thing: "het schadeformulier", dept: "afdeling Schade" },
  { org: "Pakkie.nl", topic: "een bestelling die niet is aangekomen", thing: "het pakket", dept: "afdeling Retouren" },
  { org: "Gemeente Westerhaven", topic: "een afspraak voor een paspoort", thing: "de afspraak", dept: "Burgerzaken" },
  { org: "Zorgzaam", topic: "een afgewezen declaratie", thing: "de declaratie", dept: "afdeling Declaraties" },
  { org: "Zonnereizen", topic: "het omboeken van mijn reis", thing: "de boeking", dept: "afdeling Groepsreizen" },
  { org: "Woonstede Noord", topic: "een lekkage in de badkamer", thing: "de reparatie", dept: "afdeling Onderhoud" },
];
const AGENTS = ["Sigrid", "Mehmet", "Anouk", "Jeroen", "Priya", "Daan", "Lotte", "Bram", "Femke", "Yusuf", "Ilse", "Kevin"];
const SURNAMES = ["Janssen", "De Vries", "Bakker", "Visser", "Yılmaz", "Peeters", "El Idrissi", "Hoekstra", "Smit", "Mulder", "De Boer", "Kaya"];
const GREETINGS = ["Goedemorgen", "Goedemiddag", "Goedenavond", "Goeiemiddag", "Goedendag"];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const cap = (text) => text[0].toUpperCase() + text.slice(1);

/** One transcript of about `targetBytes` bytes. */
export function transcript(rand, targetBytes) {
  const s = pick(rand, SECTORS);
  const agent = pick(rand, AGENTS);
  const surname = pick(rand, SURNAMES);
  const title = rand() < 0.5 ? "mevrouw" : "meneer";
  const name = `${title} ${surname}`;
  const greeting = pick(rand, GREETINGS);
  const outbound = rand() < 0.25;
  const sloppy = rand() < 0.5; // about half the calls have mistakes
  const mistake = (p) => sloppy && rand() < p;
  const stamp = rand() < 0.3;
  let seconds = 0;
  const lines = [];
  const say = (label, text) => {
    seconds += 3 + Math.floor(rand() * 12);
    const t = `[${String(Math.floor(seconds / 3600)).padStart(2, "0")}:${String(Math.floor(seconds / 60) % 60).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}] `;
    lines.push(`${stamp ? t : ""}${label}: ${text}`);
  };
  const event = (text) => lines.push(`[${text}]`);

  lines.push("---", `richting: ${outbound ? "outbound" : "inbound"}`, `klant: ${name}`, `organisatie: ${s.org}`, `agent: ${agent}`, "---");
  if (outbound) {
    say("Klant", `Met ${surname}.`);
    const ask = mistake(0.5) ? "" : " Komt het u nu gelegen?";
    say("Agent", `${greeting}, ${name}, u spreekt met ${agent} van ${s.org}. Ik bel u over ${s.thing}.${ask}`);
    say("Klant", "Ja, dat is goed, zegt u het maar.");
  } else {
    say("Agent", mistake(0.3) ? `Hallo, ${s.org} hier.` : `${greeting}, u spreekt met ${agent} van ${s.org}. Wat kan ik voor u doen?`);
    say("Klant", `${greeting}, met ${surname}. Ik bel over ${s.topic}.`);
  }

  const exchanges = [
    () => {
      say("Agent", mistake(0.3) ? `Heb je ${s.thing} bij de hand?` : `Heeft u de gegevens van ${s.thing} bij de hand, ${name}?`);
      say("Klant", "(noemt klantnummer en postcode)");
    },
    () => {
      say("Klant", `Weet je, ik heb hier al eerder over gebeld, en toen werd gezegd dat het binnen een week geregeld zou zijn, maar er is nog steeds niks gebeurd--`);
      say("Agent", mistake(0.4) ? "Ja, dat zie ik." : `Mag ik u even onderbreken, ${name}? Dan kan ik het meteen voor u nakijken.`);
    },
    () => {
      say("Agent", mistake(0.3) ? `Dan kun je dat het beste online regelen.` : `U kunt dat ook online regelen, via Mijn ${s.org}.`);
      say("Klant", "Oké, dat is handig om te weten. Effe opschrijven.");
    },
    () => {
      if (mistake(0.4)) {
        say("Agent", "Een moment hoor!");
      } else {
        say("Agent", `${cap(name)}, heeft u een momentje? Dan vraag ik het even voor u na.`);
        say("Klant", "Ja hoor.");
      }
      event("in de wacht");
      event("uit de wacht");
      say("Agent", mistake(0.4) ? `Zo, ik heb het nagevraagd en ${s.thing} is in orde.` : `${cap(name)}, bedankt voor het wachten. Ik heb het nagevraagd en ${s.thing} is in orde.`);
      say("Klant", "Fijn, dank u wel.");
    },
    () => {
      say("Klant", `En hoe lang duurt het voordat ${s.thing} helemaal geregeld is? Ik heb namelijk niet zo veel tijd deze week.`);
      say("Agent", `Dat begrijp ik. Meestal is het binnen drie werkdagen klaar, en u krijgt er een bevestiging van per mail.`);
    },
    () => {
      say("Klant", `Ik heb trouwens ook nog een vraag over ${s.thing}. Kan ik dat ook bij u kwijt, of moet ik daarvoor ergens anders zijn?`);
      say("Agent", rand() < 0.5 ? "Dat kan gewoon bij mij, hoor. Wat wilt u weten?" : `Dat kan ik voor u opzoeken. Vertelt u het maar, ${name}.`);
      say("Klant", "Ik wil graag weten of er kosten aan verbonden zijn.");
      say("Agent", mistake(0.3) ? "Nee hoor, dat kost je niks." : "Nee, daar zijn voor u geen kosten aan verbonden.");
    },
    () => {
      say("Klant", "Sorry, ik versta u niet zo goed. De verbinding is een beetje slecht, geloof ik.");
      say("Agent", "Geen probleem. Ik herhaal het even: het is voor u geregeld, en u krijgt binnen twee werkdagen bericht.");
    },
    () => {
      say("Agent", `Ik zie in het systeem dat er op ${1 + Math.floor(rand() * 28)} maart een notitie is gemaakt over ${s.thing}. De collega van ${s.dept} heeft dat toen al doorgezet.`);
      say("Klant", "Dat wist ik niet. Niemand heeft me dat verteld.");
    },
  ];

  const closeAt = Math.max(300, targetBytes - 400);
  while (lines.join("\n").length < closeAt) pick(rand, exchanges)();

  if (!outbound && rand() < 0.15) {
    if (mistake(0.6)) {
      say("Agent", `Daar gaat ${s.dept} over.`);
    } else {
      say("Agent", `Heeft u een moment, ${name}? Dan verbind ik u door met ${s.dept}. Zij kunnen u verder helpen.`);
      say("Klant", "Ja, prima.");
    }
    event(`doorverbinden: ${s.dept}`);
  } else {
    say("Agent", mistake(0.3) ? "Oké." : `Heeft u verder nog vragen, ${name}?`);
    say("Klant", "Nee, dat was het.");
    say("Agent", mistake(0.3) ? "Dag!" : `${outbound ? "Bedankt voor uw tijd" : "Bedankt voor het bellen"} en nog een fijne dag.`);
    say("Klant", "Dag!");
    event(mistake(0.3) ? "agent verbreekt" : "klant verbreekt");
  }
  return lines.join("\n") + "\n";
}

/**
 * Writes `count` transcripts into `dir` in sub-folders of `perFolder` files (deel-1, deel-2, ...),
 * so a run over one sub-folder lints fewer files of the same mix. Returns the total size in bytes.
 */
export function writeCorpus(dir, { count = 2000, perFolder = 500, seed = 20240611, meanBytes = 5000 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  const rand = prng(seed);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `deel-${Math.floor(i / perFolder) + 1}`);
    if (i % perFolder === 0) mkdirSync(folder, { recursive: true });
    // Lengths from a short call to a long one, averaging meanBytes.
    const target = Math.round(meanBytes * (0.2 + 1.6 * rand()));
    const text = transcript(rand, target);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(folder, `gesprek-${String(i + 1).padStart(4, "0")}.txt`), text);
  }
  return bytes;
}

/** Where ensureCorpus notes what it wrote; not a file beleefd lints. */
const MARKER = "corpus.info";

/** Like writeCorpus, but keeps a corpus that an earlier run wrote with the same settings. */
export function ensureCorpus(dir, options = {}) {
  const settings = JSON.stringify({ count: 2000, perFolder: 500, seed: 20240611, meanBytes: 5000, ...options });
  const marker = join(dir, MARKER);
  if (existsSync(marker)) {
    const [written, bytes] = readFileSync(marker, "utf8").split("\n");
    if (written === settings) return { bytes: Number(bytes), reused: true };
  }
  const bytes = writeCorpus(dir, JSON.parse(settings));
  writeFileSync(marker, `${settings}\n${bytes}\n`);
  return { bytes, reused: false };
}

/**
 * One plain transcript of at least `targetBytes` bytes holding many calls, separated by `===`
 * lines, as a day's export from a call recorder. Written piece by piece; returns { bytes, calls }.
 */
export function writeMultiCallFile(path, targetBytes, { seed = 20261204, meanBytes = 5000 } = {}) {
  const rand = prng(seed);
  const fd = openSync(path, "w");
  let bytes = 0;
  let calls = 0;
  try {
    while (bytes < targetBytes) {
      // Front matter belongs to a file, not to a call in it.
      const call = transcript(rand, Math.round(meanBytes * (0.2 + 1.6 * rand()))).replace(/^---\n[\s\S]*?\n---\n/, "");
      const piece = calls === 0 ? call : `===\n${call}`;
      bytes += writeSync(fd, piece);
      calls++;
    }
  } finally {
    closeSync(fd);
  }
  return { bytes, calls };
}
