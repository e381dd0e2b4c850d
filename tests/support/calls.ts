// Test texts several rule tests share.

/** Joins lines into a transcript text with a final newline. */
export const lines = (...l: string[]): string => l.join("\n") + "\n";

/** A complete, correct inbound call with a hold, a talk with a colleague and a transfer. */
export const fullCall = `---
richting: inbound
klant: mevrouw Janssen
organisatie: Enerva
---
[00:00:01] Agent: Goedemiddag, u spreekt met Sigrid van Enerva. Wat kan ik voor u doen?
[00:00:05] Klant: Goedemiddag, met Anja Janssen. Mijn jaarafrekening is veel hoger dan vorig jaar en dat snap ik niet.
[00:00:14] Agent: Dat begrijp ik, mevrouw Janssen. Mag ik uw klantnummer?
[00:00:18] Klant: Dat is 4839201.
[00:00:25] Agent: Dank u. Ik zie dat uw voorschot in maart is verlaagd. Heeft u een moment? Dan vraag ik even na waarom dat is gebeurd.
[00:00:33] Klant: Ja hoor, ik wacht wel.
[in de wacht]
[00:00:35] Agent: Hoi Sanne, weet jij waarom het voorschot van klant 4839201 in maart omlaag is gegaan?
[00:00:41] Collega: Ja, dat heeft ze zelf online aangepast. Heb je het mutatielog gezien?
[00:00:46] Agent: Ah, nu zie ik het. Dank je!
[uit de wacht]
[00:00:50] Agent: Mevrouw Janssen, bedankt voor het wachten. Ik heb het nagevraagd: het voorschot is in maart online verlaagd, daardoor moet u nu bijbetalen.
[00:01:02] Klant: O, dat was ik vergeten. Kan ik het in termijnen betalen?
[00:01:06] Agent: Dat regelt de afdeling Incasso. Heeft u nog een moment, mevrouw Janssen? Dan verbind ik u door met afdeling Incasso. Zij kunnen u goed verder helpen met een betalingsregeling.
[00:01:15] Klant: Ja, graag.
[00:01:17] Agent: Dank u wel voor uw geduld en nog een fijne dag.
[doorverbinden: afdeling Incasso]
`;
