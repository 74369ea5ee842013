import type { Pools } from './gen/contact';

/**
 * The second held-out set. Scored once; its errors then informed general fixes (CSV commas, JSON
 * and French-colon labels, a family-name lexicon, loopback IPs, password flags), so it too moved
 * into the development data.
 */

export const DEV_EXTRA_2_POOLS: Pools = {
  firstNames: {
    en: ['Harriet', 'Jamal', 'Colette', 'Soren', 'Bronwyn', 'Ciaran', 'Tamsin', 'Desiree', 'Gareth', 'Marguerite', 'Ellis', 'Rosalind', 'Terrence', 'Winifred', 'Augustus', 'Cordelia'],
    de: ['Gottfried', 'Ulrike', 'Reinhold', 'Brunhilde', 'Eckhard', 'Liselotte', 'Volkmar', 'Henrike', 'Wendelin', 'Gesine'],
    fr: ['Anatole', 'Bérénice', 'Honoré', 'Ségolène', 'Évariste', 'Ghislaine', 'Léandre', 'Albane', 'Firmin', 'Philomène'],
    es: ['Rigoberto', 'Inmaculada', 'Feliciano', 'Remedios', 'Anselmo', 'Covadonga', 'Baltasar', 'Macarena', 'Eustaquio', 'Begoña'],
    it: ['Ottavio', 'Costanza', 'Ludovico', 'Ornella', 'Ercole', 'Violante', 'Gualtiero', 'Annunziata', 'Fiorenzo', 'Loredana'],
    nl: ['Gerrit', 'Hendrika', 'Wiebe', 'Jantine', 'Rembrandt', 'Aaltje', 'Sjoerd', 'Geesje', 'Harmen', 'Trijntje'],
    in: ['Chaitanya', 'Padmini', 'Hrithik', 'Sowmya', 'Venkatesh', 'Rukmini', 'Anirudh', 'Bhavana', 'Jayesh', 'Kamala'],
    br: ['Ubirajara', 'Iracema', 'Anderson', 'Jussara', 'Claudionor', 'Marilene', 'Edivaldo', 'Rosimeire', 'Wellington', 'Cleide'],
    au: ['Banjo', 'Tahlia', 'Kirra', 'Bodhi', 'Matilda', 'Lachie', 'Jedda', 'Mackenzie', 'Koa', 'Indigo'],
    ca: ['Maxime', 'Josée', 'Gaétan', 'Sylvie', 'Réjean', 'Nathalie', 'Ferguson', 'Ainsley', 'Dawson', 'Lucienne'],
  },
  lastNames: {
    en: ['Pemberton', 'Washington', 'Baptiste', 'Mikkelsen', 'Pryce', 'Doyle', 'Rowe', 'Eze', 'Haddad', 'Subramanian', 'Villalobos', 'Faleolo', 'Ashworth', 'Quigley'],
    de: ['Kowalczyk', 'Oberhauser', 'Lindemann', 'Pfeiffer', 'Brandstätter', 'Eichhorn', 'Vogelsang', 'Reinholz', 'Dietrich', 'Kühn'],
    fr: ['Delacroix', 'Beaumont', 'Marchand', 'Lacombe', 'Dufresne', 'Haddad', 'Carpentier', 'Vasseur', 'Leclerc', 'Bonnet'],
    es: ['Villanueva', 'Iglesias', 'Cabrera', 'Montoya', 'Salazar', 'Arrieta', 'Quintana', 'Robles', 'Zamora', 'Echeverría'],
    it: ['Santoro', 'Mancini', 'Pellegrini', 'Caruso', 'Fontana', 'Vitale', 'Giordano', 'Benedetti', 'Orlando', 'Sartori'],
    nl: ['van der Meer', 'Kuipers', 'Brouwer', 'Dijkstra', 'Postma', 'Hoekstra', 'van Leeuwen', 'Zwart', 'Veenstra', 'de Graaf'],
    in: ['Deshpande', 'Chaudhary', 'Venkataraman', 'Bhattacharya', 'Naidu', 'Saxena', 'Krishnamurthy', 'Trivedi', 'Ghosh', 'Kapoor'],
    br: ['Cavalcanti', 'Monteiro', 'Vasconcelos', 'Teixeira', 'Moreira', 'Bezerra', 'Campos', 'Fonseca', 'Queiroz', 'Siqueira'],
    au: ['McAllister', 'Thornton', 'Kovac', 'Papadopoulos', 'Whitlam', 'Nakamura', 'Fitzpatrick', 'Blackwood', 'Tran', 'Hennessy'],
    ca: ['Lapointe', 'Beaulieu', 'Ouellet', 'McKenzie', 'Desjardins', 'Sinclair', 'Girouard', 'Thibodeau', 'MacLeod', 'Poirier'],
  },
  streets: {
    en: ['Larkspur Lane', 'Foxglove Road', 'Chestnut Street', 'Beacon Hill Road', 'Meadowbrook Drive', 'Copperfield Avenue', 'Juniper Court', 'Ashby Close', 'Harbourview Terrace', 'Granville Street', 'Wexford Place', 'Orchard Way'],
    de: ['Kastanienweg', 'Eichendorffstraße', 'Am Schlossgarten', 'Uhlandstr.', 'Lindenplatz', 'Mozartstraße', 'Birkenallee', 'Im Winkel', 'Fliederweg', 'Königsallee'],
    nl: ['Lijnbaansgracht', 'Tulpstraat', 'Oude Delft', 'Zonnebloemlaan', 'Bloemgracht', 'Vondelstraat', 'Spoorlaan', 'Eikenlaan', 'Havenkade', 'Bilderdijkstraat'],
    fr: ['rue des Rosiers', 'avenue Foch', 'boulevard Haussmann', 'rue du Faubourg Saint-Antoine', 'place des Vosges', 'chemin du Lavoir', 'allée des Peupliers', 'quai Voltaire', 'rue Saint-Honoré', 'impasse du Moulin'],
    es: ['Calle de Atocha', 'Avenida del Puerto', 'Calle Sierpes', 'Paseo de la Castellana', 'Plaza del Pilar', 'Calle de Velázquez', 'Rambla de Catalunya', 'Calle Larios', 'Avenida de los Andes', 'Calle del Carmen'],
    it: ['Via del Corso', 'Via Toledo', 'Corso Magenta', 'Piazza San Carlo', 'Via dei Servi', 'Viale Trastevere', 'Via Nazario Sauro', 'Largo Augusto', 'Via Po', 'Via Santo Spirito'],
    br: ['Rua dos Andradas', 'Avenida Sete de Setembro', 'Rua Harmonia', 'Rua das Laranjeiras', 'Avenida Afonso Pena', 'Rua Voluntários da Pátria', 'Alameda Lorena', 'Rua Marechal Deodoro', 'Travessa do Carmo', 'Rua Pernambuco'],
  },
  domains: ['example.com', 'inbox.example.org', 'staff.example.net', 'example.io', 'example.co', 'post.example.de', 'example.es', 'example.it', 'example.nl', 'example.com.au'],
};

export const DEV_EXTRA_2_TEMPLATES: Record<string, readonly string[]> = {
  us: [
    'name,ssn,phone,email\n{PERSON},{US_SSN},{PHONE},{EMAIL}\n# exported {~timestamp} by job {~uuid}',
    'From: {PERSON} <{EMAIL}>\nSubject: benefits enrollment\n\nHi HR, my social security number is {US_SSN:compact} and my date of birth is {DATE_OF_BIRTH}. Thanks!',
    'Vendor setup: remit to routing no. {US_BANK_ROUTING}, account {~product}. Questions: {PHONE}.',
    '{"customer": "{PERSON}", "shipping": "{STREET_ADDRESS}, Portland OR 97205", "phone": "{PHONE}", "order": "{~order}", "sku": "{~product}"}',
    'Renewal reminder: passport # {US_PASSPORT} expires soon; your Florida driver license {US_DRIVER_LICENSE} is valid. App build {~version}.',
    'The IRS letter lists taxpayer id (ITIN) {US_ITIN} for {PERSON}; our case id is {~ticket}.',
    'Card ending report: {CREDIT_CARD} (ok), {~badcard} (rejected, Luhn), processed at {~timestamp}.',
  ],
  uk: [
    'Candidate: {PERSON}\nNI No: {UK_NINO}\nAddress: {STREET_ADDRESS}, Bristol {UK_POSTCODE}\nMobile: {PHONE}',
    'Re: appointment for Mr {PERSON:last} — NHS number {UK_NHS}, seen at clinic on {~date}. Ref {~ticket}.',
    'Sort this out please: refund to {IBAN:GB} for {PERSON}, contact {EMAIL}, invoice {~order}.',
    'Thanks for calling! We have {PHONE} on file and will post the card to {STREET_ADDRESS}, Leeds {UK_POSTCODE}.',
    'Payroll exception {~ticket}: employee {PERSON} has national insurance number {UK_NINO} but DOB {DATE_OF_BIRTH} mismatches.',
  ],
  de: [
    'Name: {PERSON}\nGeburtsdatum: {DATE_OF_BIRTH}\nSteuerliche Identifikationsnummer: {DE_TAX_ID}\nIBAN: {IBAN:DE}',
    'Liebe {PERSON:first}, anbei die Unterlagen. Deine Adresse ist weiterhin {STREET_ADDRESS}, 50667 Köln? Gruß, {PERSON}',
    'Ausweiskontrolle: Personalausweis-Nr. {DE_ID_CARD}, ausgestellt {~date}, Vorgang {~order}.',
    'Bitte rufen Sie Herrn {PERSON:last} unter {PHONE} zurück; E-Mail {EMAIL}. Version {~version}.',
    'Lieferadresse {STREET_ADDRESS}, 80331 München — Kundennummer {~product}, Telefon {PHONE}.',
  ],
  fr: [
    'Nom : {PERSON}\nNé le : {DATE_OF_BIRTH}\nN° de sécurité sociale : {FR_NIR}\nTéléphone : {PHONE}',
    "Bonjour {PERSON:first}, votre colis {~order} sera livré au {STREET_ADDRESS}, 13001 Marseille. Merci d'appeler le {PHONE} en cas d'absence.",
    'Veuillez virer le remboursement sur {IBAN:FR} (titulaire {PERSON}). Dossier {~ticket}.',
    'Bien à vous,\n{PERSON}\n{EMAIL}',
  ],
  es: [
    'Datos del cliente — Nombre: {PERSON}; DNI: {ES_DNI}; Teléfono: {PHONE}; Correo: {EMAIL}',
    'La trabajadora extranjera {PERSON} aporta NIE {ES_NIE} y fecha de nacimiento {DATE_OF_BIRTH}.',
    'Envío a {STREET_ADDRESS}, 41004 Sevilla. Referencia {~order}. El DNI {~baddni} no es válido.',
    'Transferencia a la cuenta {IBAN:ES} a nombre de {PERSON}. Expediente {~ticket}.',
  ],
  it: [
    'Anagrafica: {PERSON}, nato il {DATE_OF_BIRTH}, codice fiscale {IT_FISCAL_CODE}, tel. {PHONE}.',
    'Consegna presso {STREET_ADDRESS}, 20121 Milano. Codice ordine {~order}. Il C.F. {~badcf} è errato.',
    'Cordiali saluti,\n{PERSON}\n{EMAIL} — {PHONE}',
    'Accredito su IBAN {IBAN:IT} intestato a {PERSON}, pratica {~ticket}.',
  ],
  nl: [
    'Klantgegevens: {PERSON}, BSN {NL_BSN}, geboren op {DATE_OF_BIRTH}, e-mail {EMAIL}.',
    'Het pakket gaat naar {STREET_ADDRESS}, 3011 Rotterdam. Bel bij vragen {PHONE}. Ordernummer {~order}.',
    'Met vriendelijke groet,\n{PERSON}\nIBAN {IBAN:NL}',
    'Burgerservicenummer: {NL_BSN:dotted}; polis {~product}; versie {~version}.',
  ],
  in: [
    'Applicant: {PERSON} | Aadhaar: {IN_AADHAAR} | PAN: {IN_PAN} | Mobile: {PHONE} | Email: {EMAIL}',
    'Registered GSTIN of the seller is {IN_GSTIN}; buyer GSTIN {IN_GSTIN}. Invoice {~order}.',
    'Dear {PERSON:first}, your UID {IN_AADHAAR:compact} is linked. Deliver to {STREET_ADDRESS}, Chennai.',
    'PAN {IN_PAN} belongs to {PERSON} (DOB {DATE_OF_BIRTH}). Ticket {~ticket}.',
  ],
  br: [
    'Cliente: {PERSON} — CPF: {BR_CPF} — Tel.: {PHONE} — E-mail: {EMAIL}',
    'Razão social ACME Ltda, CNPJ {BR_CNPJ:compact}, endereço {STREET_ADDRESS}, Porto Alegre.',
    'Data de nascimento: {DATE_OF_BIRTH}. Nome completo: {PERSON}. CPF {BR_CPF:compact}.',
    'Atenciosamente,\n{PERSON}\n{PHONE}',
  ],
  ca: [
    'Employee file: {PERSON}, SIN {CA_SIN}, home phone {PHONE}, address {STREET_ADDRESS}, Vancouver BC.',
    'Numéro d’assurance sociale : {CA_SIN}. Courriel : {EMAIL}. Réf. {~ticket}.',
    'Hi {PERSON:first}, we tried {PHONE} twice. Your order {~order} ships {~date}.',
  ],
  au: [
    'New starter: {PERSON}, TFN {AU_TFN}, Medicare {AU_MEDICARE}, mobile {PHONE}, {STREET_ADDRESS}, Brisbane QLD 4000.',
    'Invoice from ABN {AU_ABN}; pay BSB {~product}. Contact {EMAIL}.',
    'Cheers,\n{PERSON}\n{PHONE}',
  ],
  generic: [
    'log: user={EMAIL} ip={IP_ADDRESS} mac={MAC_ADDRESS} req={~uuid} t={~epoch} v={~version}',
    'Tip jar: ETH {CRYPTO_WALLET:eth}, BTC {CRYPTO_WALLET:bech32}, legacy {CRYPTO_WALLET:btc}. Contract {~hexconst}.',
    'Firewall allowlist: {IP_ADDRESS}, {IP_ADDRESS:v6}; denylist commit {~githash}.',
    'Billing: card {CREDIT_CARD} / IBAN {IBAN}; ignore test numbers {~badcard} and {~badiban}.',
    'Stats: {~amount} revenue, {~coords} HQ, ISBN {~isbn}, port {~port}, ticket {~ticket}, hash {~sha256}.',
    'Ping {PERSON} ({EMAIL}) about the {~version} rollout.',
  ],
  secrets: [
    '[default]\naws_access_key_id={AWS_ACCESS_KEY_ID}\naws_secret_access_key={AWS_SECRET_ACCESS_KEY}\nregion=eu-west-1',
    'import anthropic\nclient = anthropic.Anthropic(api_key="{ANTHROPIC_API_KEY}")',
    'export OPENAI_API_KEY="{OPENAI_API_KEY}"  # rotated {~date}',
    '.env\nDATABASE_URL={CONNECTION_STRING}\nSTRIPE_SECRET_KEY={STRIPE_KEY}\nSESSION_SECRET={GENERIC_SECRET}',
    '{"type": "service_account", "private_key_id": "{~githash}", "private_key": "{GCP_SERVICE_ACCOUNT_KEY}", "client_email": "{EMAIL}"}',
    '<add name="Storage" connectionString="{AZURE_CONNECTION_STRING}" />',
    'AZURE_OPENAI_API_KEY={AZURE_API_KEY}\nAZURE_OPENAI_ENDPOINT=https://acme.openai.azure.com/',
    'GOOGLE_MAPS_KEY: {GOOGLE_API_KEY}\nGOOGLE_CLIENT_SECRET: {GOOGLE_OAUTH_SECRET}',
    'Leaked in CI logs: {GITHUB_TOKEN} and {GITLAB_TOKEN} (job {~uuid})',
    'slack:\n  bot_token: {SLACK_TOKEN}\n  webhook: {SLACK_WEBHOOK}',
    'TWILIO_ACCOUNT_SID={TWILIO_CREDENTIAL}\nSENDGRID_API_KEY={SENDGRID_API_KEY}',
    '//registry.npmjs.org/:_authToken={PACKAGE_REGISTRY_TOKEN}\nHF token {HUGGINGFACE_TOKEN}',
    'Cookie: session={JWT}; theme=dark',
    '$ cat ~/.ssh/id_ed25519\n{PRIVATE_KEY}',
    'mysql -u root --password={PASSWORD} -h 127.0.0.1',
    'The admin password is {PASSWORD} — please change it after {~date}.',
    'pip install --index-url {URL_WITH_CREDENTIALS}/simple pkg=={~version}',
    'curl -H "Authorization: Bearer {GENERIC_SECRET}" https://api.example.com/v1/items',
  ],
};
