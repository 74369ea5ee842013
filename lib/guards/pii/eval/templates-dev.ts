import type { Pools } from './gen/contact';

/** Development templates: the recognisers are tuned against these, never against the eval set. */

export const DEV_POOLS: Pools = {
  firstNames: {
    en: ['James', 'Emily', 'Samuel', 'Olivia', 'Ahmed', 'Megan', 'Connor', 'Zara', 'Peter', 'Naomi'],
    de: ['Lukas', 'Sabine', 'Matthias', 'Petra', 'Stefan', 'Katrin'],
    fr: ['Julien', 'Sophie', 'Nicolas', 'Élodie', 'Pierre', 'Manon'],
    es: ['Javier', 'María', 'Pablo', 'Elena', 'Diego', 'Raquel'],
    it: ['Marco', 'Giulia', 'Luca', 'Sara', 'Davide', 'Elisa'],
    nl: ['Daan', 'Lotte', 'Bram', 'Fleur', 'Jeroen', 'Iris'],
    in: ['Rahul', 'Priya', 'Arjun', 'Sneha', 'Amit', 'Kavya'],
    br: ['João', 'Ana', 'Lucas', 'Mariana', 'Pedro', 'Camila'],
    au: ['Jack', 'Charlotte', 'William', 'Olivia', 'Noah', 'Mia'],
    ca: ['Liam', 'Emma', 'Nathan', 'Chloé', 'Félix', 'Léa'],
  },
  lastNames: {
    en: ['Smith', 'Johnson', 'Clarke', 'Evans', 'Robinson', 'Hughes', 'Wright', 'Khan', 'Murphy', 'Edwards'],
    de: ['Müller', 'Schmidt', 'Fischer', 'Weber', 'Meyer', 'Koch'],
    fr: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit'],
    es: ['García', 'López', 'Sánchez', 'Pérez', 'Romero', 'Torres'],
    it: ['Rossi', 'Russo', 'Ferrari', 'Lombardi', 'Moretti', 'Barbieri'],
    nl: ['de Jong', 'van Dijk', 'Peters', 'Hendriks', 'van den Berg', 'Vermeulen'],
    in: ['Verma', 'Singh', 'Rao', 'Joshi', 'Desai', 'Mehta'],
    br: ['Silva', 'Santos', 'Costa', 'Rodrigues', 'Ferreira', 'Gomes'],
    au: ['Wilson', 'Taylor', 'Brown', 'Anderson', 'White', 'Martin'],
    ca: ['Wilson', 'Lavoie', 'Fortin', 'Campbell', 'Gauthier', 'Stewart'],
  },
  streets: {
    en: ['High Street', 'Oak Avenue', 'Green Lane', 'Main Street', 'Sunset Boulevard', 'Hill Road', 'Baker Street', 'King Street'],
    de: ['Hauptstraße', 'Gartenweg', 'Schulstraße', 'Waldweg', 'Kirchplatz', 'Dorfstraße', 'Am Lindenweg', 'Neue Gasse', 'Auf der Höhe'],
    nl: ['Hoofdstraat', 'Kerkweg', 'Lindelaan', 'Keizersgracht', 'Parkweg', 'Beukenlaan', 'Oude Gracht', 'Lange Nieuwstraat'],
    fr: ['rue de la Paix', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue Pasteur', 'place de la Mairie', 'rue du Moulin'],
    es: ['Calle de Alcalá', 'Avenida de América', 'Calle Gran Vía', 'Plaza Mayor', 'Calle de la Luna', 'Paseo del Prado'],
    it: ['Via Nazionale', 'Corso Italia', 'Via Dante', 'Piazza Navona', 'Viale Monza', 'Via Verdi'],
    br: ['Rua das Flores', 'Avenida Brasil', 'Rua da Consolação', 'Rua Oscar Freire', 'Avenida Rio Branco', 'Rua Direita'],
  },
  domains: ['example.com', 'example.org', 'test.example.net', 'example.eu'],
};

export const DEV_TEMPLATES: Record<string, readonly string[]> = {
  us: [
    'My name is {PERSON} and my SSN is {US_SSN}. Phone: {PHONE}.',
    'ABA routing {US_BANK_ROUTING}, account holder {PERSON}, ITIN {US_ITIN}.',
    'Passport number {US_PASSPORT}; DL number {US_DRIVER_LICENSE}; born {DATE_OF_BIRTH}.',
    'Ship to {STREET_ADDRESS}, Denver. Order {~order}, part {~product}.',
  ],
  uk: [
    'National Insurance: {UK_NINO}. NHS number: {UK_NHS}. Tel {PHONE}.',
    'Address: {STREET_ADDRESS}, Leeds {UK_POSTCODE}. Contact {PERSON}.',
  ],
  de: [
    'Steuer-ID {DE_TAX_ID}, Ausweisnummer {DE_ID_CARD}, Anschrift {STREET_ADDRESS}, Tel. {PHONE}.',
    'Kontakt: {PERSON}, {EMAIL}, geb. {DATE_OF_BIRTH}.',
    'Kopie des Personalausweises liegt bei: {DE_ID_CARD}. Kunde {PERSON} wohnt {STREET_ADDRESS}.',
    'Trackingnummer {~product}. Rückfragen bitte unter {PHONE}.',
  ],
  fr: ['NIR {FR_NIR}, adresse {STREET_ADDRESS}, téléphone {PHONE}.', 'Contact : {PERSON}, {EMAIL}, date de naissance {DATE_OF_BIRTH}.'],
  es: ['DNI {ES_DNI}, NIE {ES_NIE}, dirección {STREET_ADDRESS}, móvil {PHONE}.', 'Me llamo {PERSON}; nacido el {DATE_OF_BIRTH}.'],
  it: ['Codice fiscale {IT_FISCAL_CODE}, indirizzo {STREET_ADDRESS}, cellulare {PHONE}.', 'Mi chiamo {PERSON}, data di nascita {DATE_OF_BIRTH}.', 'Chiamami al {PHONE} dopo le 18, polizza {~product}.'],
  nl: ['BSN {NL_BSN}, adres {STREET_ADDRESS}, telefoon {PHONE}.', 'Naam: {PERSON}, geboortedatum {DATE_OF_BIRTH}.'],
  in: ['Aadhaar {IN_AADHAAR}, PAN {IN_PAN}, GSTIN {IN_GSTIN}, phone {PHONE}.', 'Name: {PERSON}, address {STREET_ADDRESS}.'],
  br: ['CPF {BR_CPF}, CNPJ {BR_CNPJ}, endereço {STREET_ADDRESS}, telefone {PHONE}.', 'Meu nome é {PERSON}, nascido em {DATE_OF_BIRTH}.', 'Filial de São Paulo e Santa Catarina; funcionária {PERSON}.'],
  ca: ['SIN {CA_SIN}, phone {PHONE}, address {STREET_ADDRESS}.'],
  au: ['TFN {AU_TFN}, ABN {AU_ABN}, Medicare {AU_MEDICARE}, mobile {PHONE}.', 'Contact {PERSON} at {STREET_ADDRESS}.'],
  generic: [
    'Email {EMAIL}, card {CREDIT_CARD}, IBAN {IBAN}.',
    'IP {IP_ADDRESS}, IPv6 {IP_ADDRESS:v6}, MAC {MAC_ADDRESS}, wallet {CRYPTO_WALLET}.',
    'Decoys: {~uuid} {~githash} {~timestamp} {~version} {~order} {~badcard} {~badiban} {~epoch}.',
  ],
  secrets: [
    'aws_access_key_id = {AWS_ACCESS_KEY_ID}\naws_secret_access_key = {AWS_SECRET_ACCESS_KEY}',
    'OPENAI_API_KEY={OPENAI_API_KEY}\nANTHROPIC_API_KEY={ANTHROPIC_API_KEY}',
    'token: {GITHUB_TOKEN} / {GITLAB_TOKEN} / {SLACK_TOKEN}',
    'jwt {JWT} and key\n{PRIVATE_KEY}',
    'password={PASSWORD} db={CONNECTION_STRING}',
    'Restart the worker with REDIS_URL set to {CONNECTION_STRING}. Mirror: {URL_WITH_CREDENTIALS}.',
    'SKU {~product}. Questions? {PHONE:us}',
    'client_secret = "{GENERIC_SECRET}" stripe {STRIPE_KEY} google {GOOGLE_API_KEY}',
  ],
};
