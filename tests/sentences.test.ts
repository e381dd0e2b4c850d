// What a sentence does, recognised by word order and meaning rather than by one phrase list: the
// sentences are the kinds of wording that the lists did not foresee.
import { describe, expect, it } from "vitest";
import { describeSentences, type Act } from "../src/browser.js";

const acts = (text: string, speaker: "agent" | "customer" = "agent") => describeSentences(text, speaker).flatMap((s) => s.acts);
const has = (text: string, act: Act, speaker: "agent" | "customer" = "agent") => acts(text, speaker).includes(act);

describe("aanbod: de medewerker zegt iets toe, stelt iets voor of verwijst door", () => {
  it.each([
    "Ik plan u in bij dokter Bakker op dinsdag om tien uur.",
    "Ik stuur vandaag nog een loodgieter.",
    "We kunnen de afspraak verzetten naar vrijdag.",
    "Ik zou eerst de modem opnieuw opstarten.",
    "ik zou de stekker er even uit halen en na een minuut er weer in doen",
    "Als u de meterstand doorgeeft, maak ik een nieuwe afrekening.",
    "U krijgt binnen vijf werkdagen een nieuwe pas.",
    "Mijn collega Sanne belt u morgenochtend terug.",
    "Het pakket wordt morgen tussen tien en twee bezorgd.",
    "Zal ik een monteur sturen?",
    "Wat ik voor u kan doen, is de aanmaningskosten laten vervallen.",
  ])("%s", (text) => expect(has(text, "offer")).toBe(true));

  it.each([
    "Ik kijk het even voor u na.",
    "Dan vraag ik het even voor u na.",
    "Ik heb het nagevraagd.",
    "Ik begrijp dat dit vervelend is.",
    "Dat kan ik helaas niet voor u regelen.",
    "Ik bel u namens Enerva over uw contract.",
    "Dit gesprek kan worden opgenomen voor trainingsdoeleinden.",
    "Ik zet u even in de wacht.",
  ])("geen aanbod: %s", (text) => expect(has(text, "offer")).toBe(false));

  it("de klant die iets stuurt, doet geen aanbod", () => {
    expect(has("Ik stuur u de foto's wel even.", "offer", "customer")).toBe(false);
  });
});

describe("vragen, ook zonder vraagteken", () => {
  it.each([
    ["woont u nog op hetzelfde adres", "closed"],
    ["kunt u mij uw postcode geven", "closed"],
    ["hoeveel kost een nieuwe identiteitskaart", "open"],
    ["goeiemiddag met lien van stad gent waarmee kan ik u helpen", "open"],
    ["Kiest u voor de sandalen of de sportschoenen?", "multipleChoice"],
    ["Vindt u ook niet dat blauw u het beste staat?", "suggestive"],
    ["dus u heeft sinds maandag geen internet klopt dat", "control"],
  ])("%s → %s", (text, kind) => {
    const sentence = describeSentences(text, "agent").find((s) => s.acts.includes("question"));
    expect(sentence?.question).toBe(kind);
  });

  it.each(["Zegt u het maar.", "Wat vervelend voor u.", "Dan kan ik u even in de wacht zetten.", "U bent bij de verkeerde afdeling terechtgekomen, zie ik."])(
    "geen vraag: %s",
    (text) => expect(has(text, "question")).toBe(false),
  );

  it("'Komt u meteen hierheen, dan …' met een punt erachter is een aanwijzing, geen vraag", () => {
    expect(has("Komt u meteen met hem hierheen, dan staat de dierenarts voor u klaar.", "question")).toBe(false);
    expect(has("Legt u hem op een deken in de auto, dan kunt u hem tillen zonder zijn poot te raken.", "offer")).toBe(true);
  });

  it("zonder leestekens (spraakherkenning) blijft 'heeft u een moment dan …' een vraag", () => {
    expect(has("heeft u een moment dan vraag ik het even na", "question")).toBe(true);
  });

  it("een vraag tussen aanhalingstekens is niet van de spreker", () => {
    expect(has("Mijn dochter zei nog: 'Bel ze maar, die helpen je wel.'", "question", "customer")).toBe(false);
  });
});

describe("samenvatten en controleren", () => {
  it.each([
    "Dus op de Esdoornstraat 12 is de groene container vandaag niet geleegd?",
    "Begrijp ik goed dat het lekt vanaf het dak en niet van de buren?",
    "Als ik u goed hoor, gaat het vooral om de tijden waarop de thuiszorg komt?",
    "U wilt de afspraak van donderdag verzetten, begrijp ik.",
    "Even voor de zekerheid: Daan Mulder uit groep vijf, vandaag ziek thuis?",
    "Als ik u goed versta, vervalt uw kaart binnenkort en heeft u geen brief gekregen.",
    "U wilt een bank en een matras laten ophalen op nummer 8. Klopt dat?",
  ])("%s", (text) => expect(has(text, "summary")).toBe(true));

  it("'Ik herhaal het even:' kondigt de samenvatting aan; wat na de dubbele punt komt, wordt gecontroleerd", () => {
    const sentences = describeSentences("Ik herhaal het even: uw hond is aangereden en hij bloedt niet. Is dat juist?", "agent");
    expect(sentences.map((s) => s.acts.includes("summary"))).toEqual([true, true]);
  });

  it("een losse 'Klopt dat?' maakt een zin over de medewerker zelf geen samenvatting", () => {
    expect(has("Ik heb uw adres gisteren aangepast. Klopt dat?", "summary")).toBe(false);
  });

  it("wie samenvat, biedt daarmee nog niets aan", () => {
    expect(has("Ik vat het even samen: u bent gestruikeld over een losse tegel en uw bril is gebroken.", "offer")).toBe(false);
  });

  it("een suggestieve vraag is geen controlevraag", () => {
    expect(has("U wilt toch zeker ook besparen op uw energierekening?", "summary")).toBe(false);
  });
});

describe("begrip tonen", () => {
  it.each(["Vervelend dat u er zo vaak voor heeft moeten bellen.", "Naar voor u, meneer Jansen.", "Wat een schrik moet dat geweest zijn."])("%s", (text) =>
    expect(has(text, "empathy")).toBe(true),
  );

  it("een gevoelswoord dat niet over de klant gaat, is geen begrip", () => {
    expect(has("Lastig, want die afdeling is vandaag gesloten.", "empathy")).toBe(false);
  });
});

describe("slecht nieuws en emotie van de klant, met of zonder emotiewoorden", () => {
  it.each([
    "Mijn dochter is ziek en heeft hoge koorts.",
    "De kelder staat blank.",
    "Mijn moeder is vorige week begraven.",
    "we zitten al twee dagen zonder verwarming",
    "uhm ja mijn moeder is gevallen vanochtend en ze kan niet meer opstaan",
    "Ik heb al drie keer gebeld en nog steeds niks gehoord.",
  ])("%s", (text) => expect(acts(text, "customer").some((act) => act === "badNews" || act === "emotion")).toBe(true));

  it.each([
    "Ik heb per ongeluk twee keer besteld.",
    "Nee, niemand gewond.",
    "Ik ben niet boos hoor.",
    "Bij het in elkaar zetten bleek dat er een plank gebroken is.",
    "Ik wil geen gas meer, we koken voortaan elektrisch.",
    "Normaal gesproken komt de post niet op zaterdag.",
    "Het gescheiden afval is vanochtend opgehaald.",
  ])(
    "geen slecht nieuws: %s",
    (text) => expect(acts(text, "customer").some((act) => act === "badNews" || act === "emotion")).toBe(false),
  );

  it.each(["Wat ontzettend naar om te horen.", "Dat lijkt me heel zwaar.", "Gecondoleerd, mevrouw Smit.", "Ik kan me voorstellen dat u er klaar mee bent."])(
    "begrip van de medewerker: %s",
    (text) => expect(has(text, "empathy")).toBe(true),
  );
});

describe("opening, wacht, doorverbinden en afsluiting", () => {
  it.each([
    ["Komt het u op dit moment uit?", "convenience"],
    ["Kunt u nu vrijuit praten?", "convenience"],
    ["Hebt u efkes ne moment?", "holdRequest"],
    ["Mag ik u met haar doorverbinden?", "holdRequest"],
    ["Mijn collega Ingrid van de afdeling Schade neemt het nu van mij over.", "transferAnnounce"],
    ["Ik breng u in contact met onze schade-expert.", "transferAnnounce"],
    ["Wilt u nog iets anders weten over uw abonnement?", "furtherQuestions"],
    ["Zijn er verder nog zaken die ik voor u kan regelen?", "furtherQuestions"],
    ["Nog een sportieve dag!", "wish"],
    ["Fijn dat u het even doorbelde.", "thanks"],
    ["Dag meneer, Ruben hier, van de servicedesk.", "introduction"],
    ["Hallo, met de klantenservice.", "introduction"],
  ] as const)("%s → %s", (text, act) => expect(has(text, act)).toBe(true));

  it("'Waarmee kan ik u helpen?' vraagt niet naar verdere vragen", () => {
    expect(acts("Goedemorgen. Waarmee kan ik u helpen?")).toEqual(["greeting", "question", "offerHelp"]);
  });

  it("'Zit u verder nog ergens mee?' vraagt naar meer; het is geen tussenbericht tijdens de wacht", () => {
    expect(has("Zit u verder nog ergens mee?", "checkIn")).toBe(false);
    expect(has("Ik ben er nog mee bezig, nog even geduld alstublieft.", "checkIn")).toBe(true);
  });

  it("'Stoor ik u op dit moment?' vraagt niet om te wachten", () => {
    expect(has("Stoor ik u op dit moment?", "holdRequest")).toBe(false);
    expect(has("Stoor ik u op dit moment?", "convenience")).toBe(true);
  });
});
