// What English sentences do in a call, in wordings from UK, US, Irish, Indian and Australian call
// centres, written out and as speech-to-text gives them (lower case, no punctuation). Each line
// names one act and whether the sentence does it; look-alikes that use the same words for
// something else ("have a good look", "I understand the invoice", "is now the time to switch?")
// must stay without the act, because a false report costs more trust than a missed one.
import { describe, expect, it } from "vitest";
import { builtinRules } from "../rules/index.js";
import { presetConfig } from "../src/config/presets.js";
import { lintText } from "../src/engine/linter.js";
import type { Act, ActSpeaker } from "../src/lang/acts.js";
import { loadLanguage } from "../src/lang/index.js";
import { describeSentences } from "../src/describe.js";

const en = await loadLanguage("en");

/** Whether any sentence of `text` does `act`. */
function does(text: string, speaker: ActSpeaker, act: Act): boolean {
  return describeSentences(text, speaker, undefined, en).some((sentence) => sentence.acts.includes(act));
}

type Case = readonly [text: string, expected: boolean];

function check(act: Act, speaker: ActSpeaker, cases: readonly Case[]): void {
  it.each(cases)(`%s → ${act}: %s`, (text, expected) => {
    expect(does(text, speaker, act)).toBe(expected);
  });
}

describe("de medewerker wenst een goede dag (wish)", () => {
  check("wish", "agent", [
    ["Have a lovely evening.", true],
    ["You have a great weekend now.", true],
    ["have a good one", true],
    ["Enjoy the rest of your day, Mrs Patel.", true],
    ["enjoy your evening", true],
    ["Take care now.", true],
    ["take care of yourself", true],
    ["Have a safe trip back to Cork.", true],
    ["All the best with the move.", true],
    ["I hope the rest of your week goes well.", true],
    ["Hope you feel better soon.", true],
    ["have a blessed day ma'am", true],
    ["Have a fantastic afternoon!", true],
    ["You enjoy the sunshine, Bridget.", true],
    ["Thanks for calling and enjoy the weekend.", true],
    ["Most customers enjoy the flexibility of the app.", false],
    ["Wishing you a very happy Christmas.", true],
    ["Have a good night now, bye.", true],
    ["mind yourself now", true],
    ["stay safe", true],
    ["Good luck with the exams.", true],
    ["have a nice day sir", true],
    // Look-alikes: the same words, no wish.
    ["Have a good look at the letter and call us back.", false],
    ["Did you have a good day out?", false],
    ["Have a think about which tariff suits you.", false],
    ["I hope the engineer can come on Monday.", false],
    ["Take a seat while the form loads.", false],
    ["The day was good until the boiler broke.", false],
    ["Take care when you open the meter cupboard.", false],
  ]);
});

describe("de klant wenst terug (wish) en wat niet wenst", () => {
  check("wish", "customer", [
    ["Have a good day.", true],
    ["you too have a good one", true],
    ["Thanks, you too, bye.", true],
    ["I had a lovely day at the beach until the car broke down.", false],
    ["Have a look at my account please.", false],
  ]);
});

describe("de medewerker neemt afscheid (goodbye)", () => {
  check("goodbye", "agent", [
    ["Bye now.", true],
    ["ok bye bye", true],
    ["Cheers, bye!", true],
    ["Talk soon.", true],
    ["speak to you tomorrow", true],
    ["Ta-ra.", true],
    ["See you later.", true],
    ["Goodbye, Mr Okafor.", true],
    ["I'll see you at the branch on Tuesday at ten.", false],
    ["You can speak to them tomorrow about the refund.", false],
  ]);
});

describe("de medewerker bedankt voor het contact (thanks)", () => {
  check("thanks", "agent", [
    ["Thanks for calling Harbour Energy.", true],
    ["thank you for your time today", true],
    ["Thanks ever so much for ringing in.", true],
    ["I appreciate you calling us about this.", true],
    ["Many thanks for your patience.", true],
    ["thank you so much for getting in touch", true],
    ["Much appreciated.", true],
    ["Thanks to the new system, bills now go out monthly.", false],
    ["The thank-you letter went out on Monday.", false],
  ]);
});

describe("de medewerker vraagt naar andere vragen (furtherQuestions)", () => {
  check("furtherQuestions", "agent", [
    ["Is there anything else I can help you with today?", true],
    ["anything else i can do for you", true],
    ["Can I help with anything else?", true],
    ["Was there anything else?", true],
    ["Have you any other questions?", true],
    ["is there anything more i can help with", true],
    ["Is that everything for today?", true],
    ["Is there anything else you need from me?", true],
    ["Any other questions at all?", true],
    ["Can I do anything else for you today?", true],
    ["Is there something else I can look at for you?", true],
    ["Is that all for today?", true],
    ["Did you need anything else?", true],
    ["Is there nothing else I can do for you?", true],
    ["Have you got everything you need?", true],
    ["Have you got any other questions for me?", true],
    ["Is there anything else on the account, like a second card?", false],
    ["Did the engineer do anything else to the boiler?", false],
  ]);
});

describe("de medewerker vraagt of het uitkomt (convenience)", () => {
  check("convenience", "agent", [
    ["Is this a good time to talk?", true],
    ["is now a good time", true],
    ["Have I caught you at a bad time?", true],
    ["Do you have a couple of minutes to talk about your renewal?", true],
    ["Are you free to talk for five minutes?", true],
    ["is it ok to talk now", true],
    ["I hope I'm not interrupting your dinner?", true],
    ["Would it be better if I called you back this evening?", true],
    ["Do you have a moment to go through the survey?", true],
    ["Are you able to speak freely at the moment?", true],
    ["can you spare a few minutes", true],
    ["Is it convenient to talk right now?", true],
    ["have you got two minutes for a quick chat", true],
    ["Is this still a convenient time for you?", true],
    ["is now a bad time", true],
    ["Are you okay to chat for a minute?", true],
    ["do you have time to speak now", true],
    ["I hope I'm not catching you at a bad time.", true],
    ["Is it alright to talk to you now?", true],
    ["Would you prefer I call back later?", true],
    ["can you talk at the moment", true],
    ["Is this an okay time to go over your bill?", true],
    // Look-alikes: a time, a moment or "now" in a sales, hold or planning question.
    ["Is now the time to switch to a fixed tariff?", false],
    ["What time would suit the engineer?", false],
    ["When is a good time for the engineer to come?", false],
    ["Could you hold for a moment while I check that?", false],
    ["Is it a good time to buy a new boiler, do you think?", false],
    ["Have you got a minute reading from the meter?", false],
    ["Do you have the time of the appointment?", false],
    ["Now is a great time to upgrade your phone.", false],
    ["Would it be better to pay monthly or yearly?", false],
  ]);
});

describe("de medewerker toont begrip (empathy)", () => {
  check("empathy", "agent", [
    ["I'm so sorry to hear that.", true],
    ["That must be really worrying for you.", true],
    ["I can imagine how frustrating that is.", true],
    ["oh no that's awful", true],
    ["I completely understand why you're upset.", true],
    ["That sounds really stressful.", true],
    ["I'm really sorry for your loss.", true],
    ["i can hear how upset you are", true],
    ["I'd be frustrated too, to be honest.", true],
    ["That's the last thing you need.", true],
    ["I know how annoying that must be.", true],
    ["I can see why you're annoyed.", true],
    ["I'm sorry you've been through that.", true],
    ["What a horrible thing to happen.", true],
    ["i understand how worrying that is", true],
    ["I hear you, that's not good enough.", true],
    ["That must have been a real shock.", true],
    ["I'm so sorry about your husband.", true],
    ["that's really not on i'm sorry", true],
    ["I appreciate this has been really difficult for you.", true],
    ["I understand, let me get that looked at for you today.", true],
    ["I do apologise for the mix-up with your order.", true],
    ["ah no, that's not ideal at all", true],
    ["I can only apologise, that's not the service we want to give.", true],
    ["You've had a really rough time of it.", true],
    ["It's such a difficult time for the family.", true],
    // Look-alikes: understanding a document, seeing a screen, an apology for not hearing.
    ["I understand the invoice has two parts.", false],
    ["I see the payment on your account.", false],
    ["Sorry, could you repeat that?", false],
    ["sorry what was your postcode again", false],
    ["I can hear you now.", false],
    ["That must be the old account number.", false],
    ["If I understand you correctly, the heating only cuts out at night.", false],
    ["Did I understand that right, you want both accounts closed?", false],
    ["I can see the order here on the system.", false],
    ["I understand it's the blue form you need.", false],
    ["It's hard to say when the engineer will be free.", false],
    ["Is the online form difficult to fill in?", false],
  ]);
});

describe("de klant toont gevoel (emotion)", () => {
  check("emotion", "customer", [
    ["I'm fed up with this.", true],
    ["This is ridiculous.", true],
    ["i'm absolutely livid", true],
    ["I'm at my wits' end with you people.", true],
    ["I can't believe this is happening again.", true],
    ["I'm really upset about this.", true],
    ["this is a joke", true],
    ["I'm so stressed about it.", true],
    ["honestly i'm sick of it", true],
    ["I am really worried about my mum.", true],
    ["I'm devastated.", true],
    ["I've had enough of this.", true],
    ["you people are useless", true],
    ["I'm not happy at all.", true],
    ["i'm scared to turn the heating on", true],
    ["I don't know what to do anymore.", true],
    ["This is the fourth time I've called.", true],
    ["I'm really annoyed that nobody called me back.", true],
    ["It's doing my head in.", true],
    ["i'm so frustrated with the app", true],
    ["I'm beside myself.", true],
    ["i'm really not happy with how this has been handled", true],
    ["It's been a complete nightmare.", true],
    ["Honestly it's driving me up the wall.", true],
    ["I've been waiting three weeks and I've still heard nothing.", true],
    // Look-alikes: the same words, calm.
    ["I'm fine, thanks.", false],
    ["I'm happy with that.", false],
    ["I'm not worried about the price, just the date.", false],
    ["That's fine, no worries.", false],
    ["I'm calling about my bill.", false],
    ["I'm at home all day on Friday.", false],
    ["My son is driving me to the appointment.", false],
    ["How many times a day should I take it?", false],
  ]);
});

describe("de klant vertelt slecht nieuws (badNews)", () => {
  check("badNews", "customer", [
    ["My husband passed away last month.", true],
    ["my dad died on tuesday", true],
    ["We've been burgled.", true],
    ["My car was stolen from outside the house.", true],
    ["I lost my job in March.", true],
    ["The kitchen is flooded.", true],
    ["My son is in hospital.", true],
    ["We've got no heating and it's freezing.", true],
    ["I've been made redundant.", true],
    ["my wife is very ill", true],
    ["The landlord has done nothing about the damp and my kids keep getting ill.", true],
    ["My mum's been diagnosed with cancer.", true],
    ["I was in a car accident on Friday.", true],
    ["someone stole my handbag on the bus", true],
    // Look-alikes.
    ["My daughter passed her driving test yesterday.", false],
    ["My neighbour had a flood last year, but we're fine.", false],
    ["I passed the form to my husband.", false],
    ["I'm calling from the hospital about an appointment letter.", false],
    ["I passed on your message to the landlord.", false],
    ["Hello, is that the surgery?", false],
  ]);
});

describe("regels op hele Engelse gesprekken", () => {
  const all = presetConfig("beleefd:all", builtinRules);
  const reported = async (text: string, rule: string) =>
    (await lintText(text, { filePath: "call.txt", config: all, rules: builtinRules })).messages.filter((m) => m.ruleId === rule).map((m) => `${m.messageId}:${m.line}`);

  const CLOSE = (close: string) => `Agent: Good morning, Harbour Energy, you're speaking to Priya, how can I help?
Customer: Hi, I've got a question about my direct debit.
Agent: So you'd like to move the payment date to the 15th, is that right?
Customer: Yes please.
Agent: I've changed that for you now, it'll start next month.
Customer: Brilliant, thanks.
${close}`;

  it("closing zwijgt bij een afsluiting in andere woorden, en meldt wat ontbreekt", async () => {
    const warm = CLOSE(`Agent: Was there anything more I can do for you today?
Customer: No, that's everything.
Agent: Lovely, thanks ever so much for ringing in, Mr Hughes, you have yourself a great afternoon.
Customer: You too, bye.`);
    expect(await reported(warm, "closing")).toEqual([]);
    const speech = CLOSE(`Agent: what else can i help with
Customer: nothing thanks
Agent: thanks for calling mr hughes mind yourself now bye`);
    expect(await reported(speech, "closing")).toEqual([]);
    const bare = CLOSE(`Agent: Have a good look at the letter when it comes. Bye.
Customer: Bye.`);
    expect(await reported(bare, "closing")).toEqual(["noClose:7"]);
    const wishOnly = CLOSE(`Agent: Right, take care now, bye.
Customer: Bye.`);
    expect(await reported(wishOnly, "closing")).toEqual(["noFurtherQuestions:7", "noThanks:7"]);
  });

  it("show-empathy zwijgt als de medewerker begrip toont in eigen woorden", async () => {
    const call = (reply: string) => `Agent: Good morning, Northgate Housing, this is Sam, how can I help?
Customer: Hi, I'm at the end of my tether, nobody ever comes out about the damp.
Agent: ${reply}
Customer: 4 Elm Row.`;
    expect(await reported(call("Oh, that's not good at all, I'm sorry you've been left waiting like that. Can I take your address?"), "show-empathy")).toEqual([]);
    expect(await reported(call("I can see why you're annoyed. Can I take your address?"), "show-empathy")).toEqual([]);
    expect(await reported(call("Sorry for the wait on the line. Can I take your address?"), "show-empathy")).toEqual(["noEmpathy:3"]);
  });

  it("outbound-ask-convenient herkent de vraag in andere woorden, niet een verkoopvraag", async () => {
    const call = (ask: string) => `---
language: en
direction: outbound
---
Agent: Good afternoon, is that Mr Doyle? It's Aoife calling from Shannon Insurance.
Customer: Yes, speaking.
Agent: ${ask}
Customer: Go on.
Agent: Your policy renews on the 3rd and the price stays the same.`;
    expect(await reported(call("Are you free to chat for a couple of minutes?"), "outbound-ask-convenient")).toEqual([]);
    expect(await reported(call("i hope i'm not catching you at a bad time"), "outbound-ask-convenient")).toEqual([]);
    expect(await reported(call("Is now the time to switch to a fixed tariff?"), "outbound-ask-convenient")).toEqual(["notAsked:5"]);
  });
});
