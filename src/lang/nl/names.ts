// Dutch words that tell a person's name from an organisation, a department or a placeholder, for
// finding the agent's introduction and the customer's name.
import type { NameWords } from "../types.js";

const set = (words: string) => new Set(words.trim().split(/\s+/));

export const names: NameWords = {
  organizationPlaceholder: /organisatie|organization|bedrijf|firma|company|merk/i,
  customerPlaceholderInOpening: /klant|customer|achternaam|aanhef/i,
  customerPlaceholder: /naam|klant|achternaam|name|customer|aanhef/i,
  agentPlaceholder: /eigen|medewerker|agent|mijn|jouw|je naam|voornaam/i,
  articles: set("de het 't"),
  organizationPrepositions: set("van bij namens"),
  notAName: set(`u ik wij we hier klantenservice afdeling team service helpdesk servicedesk klantcontact welkom met van de het`),
  questionWords: set("wat waarmee waarover waarvoor hoe wie waar wanneer welke welk waarom kan kunt mag heeft hebt zegt vertelt"),
  organizationKinds: set(`gemeente stad provincie stichting woningcorporatie woonstichting ziekenhuis huisartsenpraktijk
    tandartspraktijk hogeschool universiteit bibliotheek bank waterschap ministerie`),
  departments: set(`klantenservice servicedesk helpdesk afdeling receptie team administratie planning secretariaat
    klantendienst balie meldkamer telefonische assistent centrale dienst`),
  serviceWord: /^(?:\p{L}*dienst|klantenservice|servicedesk|helpdesk|klantendienst|bank|verzekeringen|energie|telecom|support)$/u,
  lowerCaseStop: set("wat waarmee hoe goedemorgen goedemiddag goedenavond goeiemiddag goeiemorgen u ik en met kan mag hier"),
  organizationStopWords: set("de het van der den en bv nv vof b v"),
  titles: set("dokter dr mr"),
  nameParticles: set("de van der den het ter ten in 't"),
  notSurname: set("mevrouw meneer mijnheer heer de van der den het ter ten dhr mevr mw"),
  customerIntroducer: "met",
  nameWord: "naam",
  nameOf: "van",
  here: "hier",
  honorificStart: /^(mevrouw|meneer|mijnheer|mevr\.?|dhr\.?|mw\.?)\s/i,
};
