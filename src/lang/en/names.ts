// English words that tell a person's name from an organisation, a department or a placeholder, for
// finding the agent's introduction and the customer's name.
import type { NameWords } from "../types.js";

const set = (words: string) => new Set(words.trim().split(/\s+/));

export const names: NameWords = {
  organizationPlaceholder: /organi[sz]ation|company|business|firm|brand/i,
  customerPlaceholderInOpening: /customer|surname|last name|caller/i,
  customerPlaceholder: /name|customer|surname|caller/i,
  agentPlaceholder: /own|agent|my|your name|first name|advisor/i,
  articles: set("the"),
  organizationPrepositions: set("from at with calling reached"),
  notAName: set(`you i we here customer service services department team support helpdesk desk welcome with from the this it`),
  questionWords: set("what how who where when which why can could may would will do does is are"),
  organizationKinds: set(`council city county borough hospital university college library bank trust`),
  departments: set(`customer service services department reception team billing accounts support helpdesk desk sales claims
    bookings repairs payments office`),
  serviceWord: /^(?:services?|support|helpdesk|bank|insurance|energy|telecom|broadband|mobile)$/u,
  lowerCaseStop: set("what how good morning afternoon evening you i and with can may here speaking"),
  organizationStopWords: set("the of and ltd plc inc llc co"),
  titles: set("doctor dr prof"),
  nameParticles: set("de van von der den la le du st o'"),
  notSurname: set("mr mrs ms miss mister sir madam de van von der den la le du"),
  customerIntroducer: "it's",
  nameWord: "name",
  nameOf: "from",
  here: "here",
  speaking: "speaking",
  honorificStart: /^(mr|mrs|ms|miss|mister|dr)\.?\s/i,
};
