/**
 * Words around a person's name: honorifics and titles, introductions, greetings, form labels and
 * letter closings, in the supported languages. All lower-case; multi-word cues are space-joined.
 */

/** Directly before a name: "Mr. Okafor", "Frau Schmidt", "Dott.ssa Rossi". Trailing dots are optional. */
export const TITLES: readonly string[] = `
mr mrs ms miss mx dr prof sir dame lord lady rev capt col gen sgt lt officer detective judge senator pastor father
sister brother herr herrn frau hr fr monsieur madame mme mlle m señor señora señorita sr sra srta don doña signor signora
signorina sig sig.ra dott dott.ssa avv ing dhr mevr mevrouw meneer shri smt sri kumari dona dra mr/ms
`.trim().split(/\s+/);

/** Introductions after which any capitalised words are a name: "my name is Ngozi Okafor". */
export const STRONG_INTRODUCTIONS: readonly string[] = [
  'my name is', "my name's", 'name is', 'call me', 'named', 'called', 'mein name ist', 'ich heiße', 'ich heisse',
  "je m'appelle", 'mon nom est', 'me llamo', 'mi nombre es', 'mi chiamo', 'il mio nome è', 'mijn naam is', 'ik heet',
  'meu nome é', 'me chamo', 'dear', 'signed', 'signed by', 'attention', 'attn', 'attn:', 'c/o', 'patient', 'applicant',
  'employee', 'tenant', 'customer', 'client', 'cardholder', 'account holder', 'beneficiary', 'recipient', 'passenger',
  'lieber', 'liebe', 'cher', 'chère', 'querido', 'querida', 'estimado', 'estimada', 'caro', 'cara', 'gentile', 'geachte',
  'beste', 'prezado', 'prezada', 'spoke with', 'spoke to', 'talked to', 'met with', 'according to', 'assigned to',
  'a nombre de', 'en nombre de', 'intestato a', 'a nome di', 'in nome di', 'au nom de', 'im namen von', 'op naam van', 'em nome de',
  'reported by', 'approved by', 'contact', 'contact person', 'ansprechpartner', 'ansprechpartnerin', 'signé', 'signée',
  'firmado', 'firmada', 'firmato', 'firmata', 'gezeichnet', 'unterzeichnet', 'assinado', 'assinada', 'getekend', 'ondertekend',
];

/**
 * Greetings and thanks. A known given name after one is a name; so is any single capitalised word
 * closed by a comma or "!" ("Hallo Roswitha, ..."), or two capitalised words.
 */
export const GREETINGS: readonly string[] = [
  'hi', 'hello', 'hey', 'thanks', 'thank you', 'many thanks', 'good morning', 'good afternoon', 'good evening', 'hallo',
  'moin', 'servus', 'danke', 'guten morgen', 'guten tag', 'bonjour', 'bonsoir', 'salut', 'merci', 'hola', 'buenos días',
  'buenas tardes', 'gracias', 'ciao', 'salve', 'buongiorno', 'buonasera', 'grazie', 'hoi', 'goedemorgen', 'goedemiddag',
  'bedankt', 'olá', 'oi', 'bom dia', 'boa tarde', 'obrigado', 'obrigada', 'namaste', 'congratulations', 'welcome',
];

/** Self-introductions: a known given name or two capitalised words after them are a name ("je suis Aurèle Quérard"). */
export const SELF_INTRODUCTIONS: readonly string[] = ['i am', "i'm", 'im', 'ich bin', 'je suis', 'soy', 'sono', 'ik ben', 'eu sou'];

/** Introductions that need the next word to be a known given name: "I'm John" but not "I'm Happy". */
export const WEAK_INTRODUCTIONS: readonly string[] = [
  'this is', 'it is', "it's", 'ask', 'tell', 'with', 'ping', 'cc', 'loop in',
  'from', 'by', 'and', 'to', 'for', 'von', 'mit', 'für', 'und', 'de', 'avec', 'et', 'pour', 'con', 'y',
  'para', 'e', 'di', 'per', 'met', 'en', 'voor', 'van', 'com', 'cc', 'ceo', 'cto', 'manager', 'colleague', 'friend',
  'husband', 'wife', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'mom', 'dad', 'boss', 'doctor', 'nurse',
];

/** Form labels ending with a colon: "Name: ...", "Nom :", "Nombre:", "Naam:". */
export const NAME_LABELS: readonly string[] = [
  'name', 'full name', 'first name', 'last name', 'surname', 'given name', 'patient', 'patient name', 'customer',
  'customer name', 'employee', 'employee name', 'contact', 'contact name', 'from', 'to', 'cc', 'author', 'applicant',
  'account holder', 'cardholder', 'holder', 'beneficiary', 'insured', 'passenger', 'guest', 'signed', 'vorname', 'nachname',
  'familienname', 'nom', 'prénom', 'prenom', 'nom complet', 'nombre', 'apellido', 'apellidos', 'nombre completo',
  'nome', 'cognome', 'naam', 'voornaam', 'achternaam', 'nome completo', 'titular', 'inhaber', 'kontoinhaber', 'titulaire',
  'candidate', 'anagrafica', 'nominativo', 'intestatario', 'klantnaam', 'contactpersoon', 'name and surname', 'nome e cognome',
  'nom et prénom', 'nombre y apellidos', 'employee name', 'student', 'member', 'owner', 'user', 'kontakt', 'contatto',
  'contacto', 'contato', 'requester', 'requested by', 'assignee', 'reporter', 'reviewer', 'empfänger', 'destinataire',
  'destinatario', 'destinatário', 'ontvanger', 'ship to', 'bill to', 'deliver to',
];

/** Letter closings; the name follows on the same or the next line. */
export const CLOSINGS: readonly string[] = [
  'regards', 'best regards', 'kind regards', 'warm regards', 'sincerely', 'yours sincerely', 'yours truly', 'thanks',
  'many thanks', 'thank you', 'cheers', 'best', 'best wishes', 'all the best', 'cordially', 'respectfully',
  'mit freundlichen grüßen', 'mit freundlichen grüssen', 'viele grüße', 'beste grüße', 'liebe grüße', 'gruß', 'grüße',
  'cordialement', 'bien à vous', 'bien cordialement', 'amitiés', 'bises', 'saludos', 'un saludo', 'atentamente',
  'un abrazo', 'cordiali saluti', 'distinti saluti', 'saluti', 'un saluto', 'met vriendelijke groet', 'groeten',
  'hartelijke groet', 'atenciosamente', 'abraços', 'abraco', 'att', 'grato', 'warm wishes', 'love', 'xoxo',
];

/** Lower-case words allowed inside a full name: "Ludwig van Beethoven", "María de la Cruz". */
export const NAME_PARTICLES: readonly string[] = `
van von der den de del della di da das dos du la le bin ibn al el ter ten vom zu
`.trim().split(/\s+/);

/**
 * Capitalised words that follow a given name but are not surnames ("Anna Smith" vs "Anna Said",
 * "Maria Street"): sentence starters, weekdays, organisations and common capitalised nouns.
 */
export const NOT_SURNAMES: readonly string[] = `
The A An And Or But If When While This That These Those There Here It Its I We You He She They Our Your Their My His Her
Is Are Was Were Be Been Has Have Had Will Would Can Could Should May Might Must Do Does Did Not No Yes Please Thanks
Thank Hi Hello Dear Re Fwd Subject Team Support Sales Office Department Inc Ltd LLC GmbH AG SA SAS SRL BV NV Corp Co
Company Group University College School Hospital Bank Street Road Avenue Lane Drive Monday Tuesday Wednesday Thursday
Friday Saturday Sunday January February March April June July August September October November December Today
Tomorrow Yesterday Morning Evening Also Then So Said Says Told Asked Called Sent Wrote From To For With About After
Before During On In At By Of Der Die Das Und Oder Ist Sind Hat Haben Wir Sie Er Es Ich Le La Les Et Ou Est Sont Nous
Vous Il Elle El Los Las Y Es Son Yo Il Lo Gli E Sono Het Een En Is Zijn Wij Ze O Os As Um Uma São Nós Ele Ela
API SDK URL HTTP JSON PDF CEO CTO CFO HR IT PR QA UI UX AI ML LLM GPT Mr Mrs Ms Dr Prof Jr Sr Senior Junior PhD MD
`.trim().split(/\s+/);
