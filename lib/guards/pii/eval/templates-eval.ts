import type { Pools } from './gen/contact';

/**
 * Held-out evaluation templates (third set). Written after all tuning on the development data and
 * scored only for reporting; names, streets, phrasing and document shapes are new.
 */

export const EVAL_POOLS: Pools = {
  firstNames: {
    en: ['Beatrix', 'Lionel', 'Ophelia', 'Caspian', 'Mildred', 'Reginald', 'Tallulah', 'Barnaby', 'Sunita', 'Jeremiah', 'Elodie', 'Fergus', 'Henrietta', 'Montgomery', 'Keziah', 'Bartholomew'],
    de: ['Hubertus', 'Roswitha', 'Siegfried', 'Edeltraud', 'Wolfram', 'Gudrun', 'Ansgar', 'Waltraut', 'Detlev', 'Mechthild'],
    fr: ['Aristide', 'Clotilde', 'Maximilien', 'Gwenaëlle', 'Anselme', 'Berthe', 'Séraphin', 'Ludivine', 'Eudes', 'Blandine'],
    es: ['Leocadio', 'Engracia', 'Teodoro', 'Purificación', 'Nicanor', 'Visitación', 'Casimiro', 'Herminia', 'Florencio', 'Amparo'],
    it: ['Bonifacio', 'Assunta', 'Ermenegildo', 'Gelsomina', 'Amedeo', 'Filomena', 'Cirillo', 'Donatella', 'Sebastiano', 'Raffaella'],
    nl: ['Hidde', 'Aukje', 'Tjeerd', 'Grietje', 'Melle', 'Baukje', 'Jelmer', 'Femmy', 'Sietse', 'Ytje'],
    in: ['Devendra', 'Hemalatha', 'Jagannath', 'Nirmala', 'Prabhakar', 'Saraswati', 'Tejas', 'Urmila', 'Yashwant', 'Damayanti'],
    br: ['Deolinda', 'Epitácio', 'Gumercindo', 'Iolanda', 'Juvenal', 'Lindalva', 'Osvaldo', 'Valdirene', 'Zacarias', 'Ivonete'],
    au: ['Lowanna', 'Tully', 'Marlee', 'Heath', 'Allira', 'Brodie', 'Kalinda', 'Fletcher', 'Yindi', 'Dusty'],
    ca: ['Ghislain', 'Mireille', 'Brayden', 'Solange', 'Rhett', 'Annabelle', 'Jacinthe', 'Dorian', 'Hortense', 'Garnet'],
  },
  lastNames: {
    en: ['Fairweather', 'Okonjo', 'Castellanos', 'Pennington', 'Abernathy', 'Kowalczyk', 'Montague', 'Ferreira', 'Stanhope', 'Achterberg', 'Mbeki', 'Galloway', 'Thistlewood', 'Rafferty'],
    de: ['Wallenstein', 'Grünewald', 'Hagedorn', 'Pfannenstiel', 'Birkholz', 'Sonnleitner', 'Ostermann', 'Kleinschmidt', 'Rosenthal', 'Tiedemann'],
    fr: ['Vermeulen', 'Desrosiers', 'Lachance', 'Fauvel', 'Rochefort', 'Boulanger', 'Tessier', 'Montagne', 'Prévost', 'Giraud'],
    es: ['Valderrama', 'Escobedo', 'Carvajal', 'Bustamante', 'Altamirano', 'Peñalver', 'Sepúlveda', 'Urquijo', 'Villalba', 'Arismendi'],
    it: ['Lombardini', 'Scarpelli', 'Tedeschi', 'Bellucci', 'Castiglione', 'Fumagalli', 'Zanetti', 'Mazzoleni', 'Guarneri', 'Pagliaro'],
    nl: ['Wijnstra', 'Terpstra', 'van Houten', 'Bergsma', 'Kloosterman', 'de Haan', 'Jongsma', 'Vlietstra', 'Tuinman', 'van Dam'],
    in: ['Raghunathan', 'Kulshreshtha', 'Venugopal', 'Deshmukh', 'Ramaswamy', 'Tripathi', 'Gokhale', 'Rangarajan', 'Purohit', 'Mahajan'],
    br: ['Albuquerque', 'Magalhães', 'Brandão', 'Sampaio', 'Guimarães', 'Figueiredo', 'Rezende', 'Medeiros', 'Bittencourt', 'Damasceno'],
    au: ['Whitmore', 'Kerrigan', 'Dunstan', 'Petrakis', 'Ellwood', 'Haddow', 'Lanigan', 'Brockman', 'Yates', 'Cavanagh'],
    ca: ['Robichaud', 'Dumoulin', 'Greenaway', 'Archambault', 'Fitzsimmons', 'Laframboise', 'Doucet', 'McInnis', 'Vachon', 'Brisebois'],
  },
  streets: {
    en: ['Magnolia Drive', 'Primrose Lane', 'Sycamore Avenue', 'Tamarack Road', 'Bellweather Street', 'Kestrel Close', 'Huntington Boulevard', 'Dogwood Court', 'Fenwick Place', 'Lighthouse Road', 'Aspen Way', 'Cromwell Terrace'],
    de: ['Brunnenstraße', 'Am Lindenhof', 'Ahornweg', 'Sonnenallee', 'Kaiserstr.', 'Tulpenweg', 'Schlossplatz', 'Weidendamm', 'Heinrich-Heine-Straße', 'Gartenstraße'],
    nl: ['Singel', 'Kastanjelaan', 'Nieuwstraat', 'Wilhelminakade', 'Lindengracht', 'Beatrixlaan', 'Molenweg', 'Emmaplein', 'Burgwal', 'Rozenstraat'],
    fr: ['rue des Lilas', 'avenue de la Liberté', 'boulevard Gambetta', 'rue Lafayette', 'place du Marché', 'chemin des Écoliers', 'allée des Châtaigniers', 'quai des Célestins', 'rue Mouffetard', 'impasse des Acacias'],
    es: ['Calle de la Princesa', 'Avenida de Andalucía', 'Calle Toledo', 'Paseo Marítimo', 'Plaza de Cervantes', 'Calle de Goya', 'Avenida Libertad', 'Calle Ancha', 'Camino Viejo', 'Calle de los Reyes'],
    it: ['Via Cavour', 'Corso Garibaldi', 'Via Appia', 'Piazza della Signoria', 'Viale dei Pini', 'Via San Gregorio', 'Via XX Settembre', 'Largo Fiera', 'Via Emilia', 'Via del Mare'],
    br: ['Rua Barão de Itapetininga', 'Avenida Getúlio Vargas', 'Rua São Bento', 'Rua do Ouvidor', 'Avenida Beira Mar', 'Rua dos Inconfidentes', 'Alameda Campinas', 'Rua Tiradentes', 'Travessa das Acácias', 'Rua Goiás'],
  },
  domains: ['example.com', 'webmail.example.org', 'team.example.net', 'example.app', 'example.dev', 'kunden.example.de', 'example.fr', 'example.com.mx', 'example.it', 'example.ca'],
};

export const EVAL_TEMPLATES: Record<string, readonly string[]> = {
  us: [
    '| Name | SSN | Phone |\n|---|---|---|\n| {PERSON} | {US_SSN} | {PHONE} |',
    'hey can u look up the account for {EMAIL}? she said her ssn is {US_SSN} and her number is {PHONE}. thx',
    'Wire instructions: ABA routing number {US_BANK_ROUTING}, beneficiary {PERSON}, memo {~ticket}.',
    'Hi, this is {PERSON}. My driver license number is {US_DRIVER_LICENSE} and I was born {DATE_OF_BIRTH}.',
    'Please mail the form to {STREET_ADDRESS}, Columbus OH 43215 — attention {PERSON}. Reference {~order}.',
    'Form W-7 approved: ITIN {US_ITIN:compact} issued to {PERSON}. Passport no. {US_PASSPORT} used as ID.',
  ],
  uk: [
    'Hiya, it’s {PERSON:first}! My new number is {PHONE} and I’ve moved to {STREET_ADDRESS}, Cardiff {UK_POSTCODE}.',
    'HR record — employee: {PERSON}; NINO: {UK_NINO:compact}; start date {~date}.',
    'Discharge summary for {PERSON} (NHS no {UK_NHS}), DOB {DATE_OF_BIRTH}. Ward code {~product}.',
    'Direct debit set up from {IBAN:GB}. Contact {EMAIL} or {PHONE}.',
  ],
  de: [
    'Sehr geehrter Herr {PERSON:last},\nIhre Steuer-ID lautet {DE_TAX_ID}. Mit freundlichen Grüßen\n{PERSON}',
    'Bewerber: {PERSON}, Tel. {PHONE}, Mail {EMAIL}, Wohnort {STREET_ADDRESS}, 20095 Hamburg.',
    'Bitte überweisen Sie den Betrag auf {IBAN:DE}. Verwendungszweck {~order}.',
    'Identitätsprüfung: Nummer des Personalausweises {DE_ID_CARD}, geboren am {DATE_OF_BIRTH}.',
  ],
  fr: [
    'Madame, Monsieur,\nje soussigné {PERSON}, né le {DATE_OF_BIRTH}, numéro de sécurité sociale {FR_NIR}, demeurant {STREET_ADDRESS}, 69002 Lyon.',
    'Salut {PERSON:first} ! Tu peux m’appeler au {PHONE} ou m’écrire à {EMAIL}.',
    'RIB : {IBAN:FR} — titulaire : {PERSON}. Facture {~order}.',
  ],
  es: [
    'Estimada {PERSON}: le confirmamos la cita. Su DNI {ES_DNI} y su teléfono {PHONE} constan en el expediente {~ticket}.',
    'Datos de envío: {STREET_ADDRESS}, 46001 Valencia. Contacto {EMAIL}.',
    'El titular de la cuenta {IBAN:ES} es {PERSON}, con NIE {ES_NIE}.',
  ],
  it: [
    'Egregio {PERSON}, la informiamo che il suo codice fiscale {IT_FISCAL_CODE} risulta registrato. Per assistenza: {PHONE}.',
    'Indirizzo di fatturazione: {STREET_ADDRESS}, 50122 Firenze — email {EMAIL}.',
    'Bonifico su {IBAN:IT}, beneficiario {PERSON}, data di nascita {DATE_OF_BIRTH}.',
  ],
  nl: [
    'Hoi {PERSON:first}, je pakket komt naar {STREET_ADDRESS}, 9711 Groningen. Vragen? Bel {PHONE}.',
    'Gegevens aanvrager: naam {PERSON}, BSN {NL_BSN}, e-mail {EMAIL}.',
    'Betaling naar {IBAN:NL} t.n.v. {PERSON}; factuur {~order}.',
  ],
  in: [
    'Customer {PERSON} — Aadhaar {IN_AADHAAR}, PAN {IN_PAN}, registered mobile {PHONE}.',
    'Supplier details: GSTIN {IN_GSTIN}; contact {EMAIL}; delivery to {STREET_ADDRESS}, Pune.',
    'Hi {PERSON:first}, your PAN card {IN_PAN} is linked with Aadhaar {IN_AADHAAR:compact}.',
  ],
  br: [
    'Prezado {PERSON}, seu CPF {BR_CPF} foi cadastrado. Dúvidas: {PHONE}.',
    'Fornecedor CNPJ {BR_CNPJ}, endereço {STREET_ADDRESS}, Belo Horizonte, e-mail {EMAIL}.',
    'Beneficiário: {PERSON}; CPF {BR_CPF:compact}; nascido em {DATE_OF_BIRTH}.',
  ],
  ca: [
    'Hello {PERSON}, we need your SIN ({CA_SIN}) to finish onboarding. Reply to {EMAIL}.',
    'Livraison au {STREET_ADDRESS}, Montréal QC. Téléphone : {PHONE}.',
    'T4 slip for {PERSON}, social insurance no. {CA_SIN:compact}, {~date}.',
  ],
  au: [
    'G’day {PERSON:first}, your tax file number {AU_TFN} and Medicare card {AU_MEDICARE} are on file. Call {PHONE} if wrong.',
    'Business: ABN {AU_ABN}, owner {PERSON}, email {EMAIL}, invoice {~order}.',
    'Postal address: {STREET_ADDRESS}, Perth WA 6000. Mobile {PHONE}.',
  ],
  generic: [
    'Request from {IP_ADDRESS} (device {MAC_ADDRESS}) by {EMAIL} at {~timestamp}, trace {~uuid}.',
    'Send crypto to {CRYPTO_WALLET} please, not to {~hexconst}. Build {~githash}.',
    'Our backup server is {IP_ADDRESS:v6}; release {~version}; checksum {~sha256}.',
    'Payment methods: {CREDIT_CARD} and IBAN {IBAN}. Declined: {~badcard}.',
    'Meeting notes: {PERSON} will follow up with {PERSON} next week ({~date}).',
    'Inventory: {~product}, {~isbn}, {~amount}, {~coords}, {~port}, {~epoch}.',
  ],
  secrets: [
    'provider "aws" {\n  access_key = "{AWS_ACCESS_KEY_ID}"\n  secret_key = "{AWS_SECRET_ACCESS_KEY}"\n}',
    'ANTHROPIC_API_KEY={ANTHROPIC_API_KEY} OPENAI_API_KEY={OPENAI_API_KEY} npm start',
    'redis_url: {CONNECTION_STRING}\nsecret_token: {GENERIC_SECRET}',
    'creds.json: {"type": "service_account", "private_key": "{GCP_SERVICE_ACCOUNT_KEY}"}',
    'Storage="{AZURE_CONNECTION_STRING}"; AzureKey api-key={AZURE_API_KEY}',
    'gh auth login --with-token <<< {GITHUB_TOKEN}',
    'stripe.api_key = "{STRIPE_KEY}"',
    'Tokens: {GOOGLE_API_KEY}, {SLACK_TOKEN}, {SENDGRID_API_KEY}, {TWILIO_CREDENTIAL}',
    'webhook_url = "{SLACK_WEBHOOK}"\nhf = {HUGGINGFACE_TOKEN}\nnpm = {PACKAGE_REGISTRY_TOKEN}',
    'access_token={JWT}&state=xyz',
    'ssh-keygen output:\n{PRIVATE_KEY}',
    'DB_PASS={PASSWORD}\nDB_HOST=10.1.2.3',
    'my wifi password is {PASSWORD} btw',
    'git clone {URL_WITH_CREDENTIALS}/team/repo.git',
    '{GITLAB_TOKEN} expires {~date}; oauth {GOOGLE_OAUTH_SECRET}',
  ],
};
