import rule from "../../rules/customer-hangs-up-first.js";
import { runRuleTests } from "../support/rule-tester.js";

runRuleTests("customer-hangs-up-first", rule, {
  valid: [
    { text: "Agent: Nog een fijne dag, mevrouw Bakker.\nKlant: U ook, dag!\n[klant verbreekt]\n" },
    { name: "de agent hangt op nadat de klant al ophing", text: "Agent: Fijne dag!\n[klant hangt op]\n[agent hangt op]\n" },
    { name: "zonder ophangen geen melding", text: "Agent: Goedemorgen, met Joris van Zonnedak.\n" },
    {
      name: "script in Markdown",
      filename: "script.md",
      text: "## Afsluiting\n\n**Agent:** Prettige dag nog, {naam}.\n\n[klant verbreekt]\n",
    },
  ],
  invalid: [
    {
      text: "Agent: Graag gedaan, meneer De Vries. Nog een fijne dag!\n[agent verbreekt]\nKlant: Hallo? Ik had nog een vraag...\n",
      errors: [{ messageId: "agentHungUp", line: 2, column: 1, text: "[agent verbreekt]" }],
    },
    {
      name: "Engelse gebeurtenis en tijdstempel",
      text: "[00:04:10] Agent: Tot ziens.\n[00:04:12] [agent hangs up]\n",
      errors: [{ messageId: "agentHungUp", line: 2, column: 12 }],
    },
    {
      text: "Collega: Ik neem het over. Dag mevrouw!\n[collega verbreekt]\n",
      errors: [{ messageId: "colleagueHungUp", line: 2 }],
    },
  ],
});
