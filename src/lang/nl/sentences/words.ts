// Dutch word classes the sentence labeller reasons with. Closed classes (pronouns, question words,
// modal and auxiliary verbs) are complete; open classes (verbs of looking things up, feelings,
// bad news) name meanings, not phrases: a new wording of the same meaning uses the same words.

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Question words that open an open question ("waar woont u", "sinds wanneer"). */
export const QUESTION_WORDS = set(`
  wat wie wiens waar wanneer hoe waarom welk welke hoeveel hoelang hoevaak hoezo
  waarmee waarover waarvoor waarin waarop waardoor waaraan waarnaar waarheen vanwaar
`);

/** Subject pronouns: a finite verb followed by one of these opens a yes/no question or a request. */
export const SUBJECT_PRONOUNS = set(`u je jij jullie ik we wij hij zij ze het er men ge gij`);

/** Pronouns the agent uses for the customer. */
export const CUSTOMER_PRONOUNS = set(`u je jij ge gij`);

/** First-person subjects: the agent speaking for themselves or the organisation. */
export const FIRST_PERSON = set(`ik we wij 'k`);

/**
 * Finite forms of the auxiliary and modal verbs and of the commonest verbs. A sentence that starts
 * with one of these and has a subject right after it is a question or a request in Dutch word order.
 */
export const FINITE_VERBS = set(`
  is ben bent zijn was waren heeft hebt heb hebben had hadden
  kan kunt kun kunnen kon konden wil wilt willen wou wilde wilden zal zult zullen zou zoudt zouden
  mag mogen mocht moet moeten moest hoeft hoef hoeven
  doet doe doen deed gaat ga gaan ging komt kom komen kwam staat sta staan stond ligt lig liggen
  ziet zie zien weet weten heet heten woont woon wonen werkt werk werken klopt kloppen
  begrijpt begrijp snapt snap kent ken vindt vind vinden denkt denk blijft blijf houdt hou heb
  belt bel bellen gebruikt gebruik krijgt krijg hoort hoor merkt merk betaalt betaal zit zitten
  verstaat versta bedoelt bedoel herkent herinnert wenst wens verwacht kiest kies neemt neem
  spreek spreekt leest lees schrijft zegt zeg past schikt stoor
`);

/** Verb-first sentences with these verbs are instructions, not questions, unless marked with "?". */
export const INSTRUCTION_VERBS = set(`kijkt kijk probeert probeer let zet houdt hou drukt druk klikt klik`);

/** Modal and auxiliary verbs that take an infinitive: "ik kan … regelen", "we gaan … sturen". */
export const MODALS = set(`
  kan kunnen zal zullen ga gaan wil willen zou zouden mag mogen moet moeten laat laten kom komen
`);

/**
 * Verbs of finding out, looking, thinking and perceiving: an agent who says "ik kijk even", "ik
 * vraag het na", "ik begrijp" is still listening or searching, not offering a solution.
 */
export const INQUIRY_VERBS = set(`
  kijk kijken bekijk bekijken nakijken zoek zoeken opzoeken uitzoeken vraag vragen navragen nagaan
  check checken controleer controleren verifieer verifiëren lees lezen hoor horen zie zien
  begrijp begrijpen snap snappen weet weten denk denken vind vinden geloof geloven hoop hopen
  pak pakken erbij haal halen typ typen overleg overleggen wacht wachten ben zijn was merk merken
  reken rekenen bedoel bedoelen spreek spreken noem noemen herhaal herhalen stel stellen
  begin beginnen open openen blijf blijven bel bellen hoef hoeven heb hebben had
  wens wensen dank danken bedank bedanken heet zit zitten loop lopen noteer noteren hou houd
  help helpen stoor storen doe doen test testen meet meten onderzoek onderzoeken analyseer analyseren
  uitlezen lees probeer proberen voorstellen indenken luister luisteren versta verstaan vat vatten
  samenvatten
`);

/** Participles of looking things up: "ik heb het nagevraagd" reports the search, not a solution. */
export const INQUIRY_PARTICIPLES = set(`
  gekeken nagekeken bekeken gezocht opgezocht uitgezocht nagevraagd gevraagd gecontroleerd gecheckt
  gezien gehoord begrepen gelezen overlegd nagegaan gevonden geprobeerd
`);

/** Participle prefixes: separable particles before "ge" ("aangepast", "ingepland", "teruggestort"). */
export const SEPARABLE_PARTICLES = [
  "aan", "af", "door", "in", "op", "uit", "terug", "toe", "mee", "na", "om", "over", "vast", "weg", "klaar", "bij", "rond", "thuis",
];

/** Particles that mark the verb before them as part of a look-up ("ik zoek het even op", "ik kijk het na"). */
export const INQUIRY_PARTICLES = set(`na op uit`);

/** Adjectives and nouns of feeling that make "wat …", "dat is …" an expression of sympathy. */
export const FEELING_WORDS = set(`
  vervelend vervelende naar nare rot erg akelig vreselijk verschrikkelijk afschuwelijk triest
  verdrietig zwaar lastig pijnlijk frustrerend balen jammer sneu schrikken ellendig beroerd onprettig
  heftig schrik rottig zuur klote ongelukkig vervelends beroerd moeilijk spijtig naar ingrijpend
  naars gedoe toestand pech
`);

/** Customer words that tell bad news on their own: illness, injury, death, damage, crime, outage. */
export const BAD_NEWS_WORDS = set(`
  ziek zieke ziekte koorts ziekenhuis opgenomen spoedeisende eerste-hulp ambulance operatie geopereerd
  gewond bloedt bloeding bewusteloos flauwgevallen benauwd benauwdheid hartaanval
  beroerte herseninfarct kanker chemo ontslagen werkloos failliet
  overleden overlijden overleed gestorven stierf begraven begrafenis crematie gecremeerd uitvaart
  weduwe weduwnaar
  ingebroken inbraak inbrekers beroofd overvallen opgelicht gestolen diefstal fraude oplichting
  ongeluk ongeval aanrijding aangereden gebotst total-loss
  brand afgebrand uitgebrand waterschade lekkage overstroming overstroomd blank ondergelopen
  stormschade omgewaaid kapotgewaaid beschadigd ingeslikt vermist weggelopen
`);

/** Vital supplies: "geen stroom", "zonder verwarming" is bad news, not just a question. */
export const VITAL_SUPPLIES = set(`stroom water verwarming warm-water warmwater gas elektriciteit`);

/** Words of anger, frustration and worry. */
export const EMOTION_WORDS = set(`
  boos kwaad woedend pissig nijdig witheet razend teleurgesteld ontevreden gefrustreerd geïrriteerd
  geirriteerd zat beu spuugzat kotsbeu belachelijk schandalig schandelijk schande onacceptabel
  onaanvaardbaar bespottelijk waardeloos frustrerend irritant ergerlijk absurd
  bang bezorgd ongerust nerveus angstig zenuwachtig gestrest radeloos wanhopig paniek overstuur
  zorgen huilen schrok geschrokken horendol radeloos
`);

/** Words that make a statement a complaint about repeated contact: "al drie keer gebeld", "nog steeds niks". */
export const REPEAT_MARKERS = set(`alweer weer opnieuw steeds`);

/** Words that open a sentence without carrying its grammar: "oké, …", "ja, dus …", "eh, kunt u …". */
export const OPENERS = set(`
  oké ok okay oke okee ja jawel nee neen nou goed prima zo en maar eh ehm uhm euh uh hm hmm
  mevrouw meneer mijnheer sorry pardon top mooi helder duidelijk juist hé excuses allee awel
  dus
`);

/** Verbs of customer experience in a summary: "u zegt", "u geeft aan", "u belt over". */
export const REPORTING_VERBS = set(`zegt zei vertelt vertelde geeft gaf bedoelt belt belde wilt wil heeft hebt had merkt ziet krijgt kreeg bent was vraagt vroeg`);
