/**
 * Street-type words by address style. English puts the type after the street name and the house
 * number first; German and Dutch glue the type onto the name and put the number last; French puts
 * the number first and the type before the name; Spanish, Italian and Portuguese put the type
 * first and the number last.
 */

export const EN_STREET_TYPES: readonly string[] = `
Street St Avenue Ave Road Rd Lane Ln Drive Dr Boulevard Blvd Court Ct Place Pl Way Terrace Crescent Cres Close Square
Sq Highway Hwy Parkway Pkwy Circle Cir Trail Row Mews Gardens Grove Walk Parade Esplanade Alley Loop Plaza Marg Path
Pike Ridge Heights Rise Wharf Quay Broadway Expressway Freeway Turnpike Causeway Crossing Promenade Gate Green
`.trim().split(/\s+/);

/** Glued suffixes: "Hauptstraße 5", "Keizersgracht 123". */
export const DE_STREET_SUFFIXES: readonly string[] = ['straße', 'strasse', 'str.', 'weg', 'allee', 'platz', 'gasse', 'damm', 'ufer', 'chaussee', 'steig', 'pfad', 'promenade'];
export const NL_STREET_SUFFIXES: readonly string[] = ['straat', 'laan', 'weg', 'gracht', 'plein', 'kade', 'singel', 'dijk', 'dreef', 'steeg', 'pad'];

/** Stand-alone German/Dutch type words after an adjective: "Lange Straße 7", "Oude Gracht 12". */
export const DE_NL_STREET_WORDS: readonly string[] = ['Straße', 'Strasse', 'Weg', 'Allee', 'Platz', 'Gasse', 'Straat', 'Laan', 'Gracht', 'Plein', 'Kade'];

export const FR_STREET_TYPES: readonly string[] = [
  'rue', 'avenue', 'av.', 'boulevard', 'bd', 'chemin', 'allée', 'allee', 'impasse', 'place', 'quai', 'route', 'cours',
  'square', 'passage', 'voie', 'faubourg', 'rond-point', 'esplanade', 'sentier',
];
export const ES_STREET_TYPES: readonly string[] = ['Calle', 'C/', 'Avenida', 'Avda.', 'Avda', 'Av.', 'Plaza', 'Pza.', 'Paseo', 'Camino', 'Carrera', 'Ronda', 'Travesía', 'Glorieta', 'Carretera', 'Rambla'];
export const IT_STREET_TYPES: readonly string[] = ['Via', 'Viale', 'Piazza', 'Piazzale', 'Corso', 'Largo', 'Vicolo', 'Strada', 'Lungomare', 'Borgo', 'Contrada', 'Lungarno'];
export const PT_STREET_TYPES: readonly string[] = ['Rua', 'Avenida', 'Av.', 'Travessa', 'Praça', 'Alameda', 'Rodovia', 'Estrada', 'Largo', 'Beco', 'Ladeira'];

/** Words before a German/Dutch street name: "Am Mühlenweg 4", "Nieuwe Binnenweg 59", "Alte Gasse 2". */
export const DE_STREET_PREPOSITIONS: readonly string[] = [
  'Am', 'An der', 'An den', 'Auf der', 'Auf dem', 'Im', 'In der', 'In den', 'Zum', 'Zur', 'Unter den', 'Hinter der', 'Vor dem',
];
export const DE_NL_STREET_PREFIXES: readonly string[] = [
  ...DE_STREET_PREPOSITIONS,
  'Alte', 'Alter', 'Neue', 'Neuer', 'Lange', 'Große', 'Grosse', 'Kleine', 'Hohe', 'Obere', 'Untere', 'Breite', 'Nieuwe',
  'Oude', 'Korte', 'Grote', 'Hoge', 'Lage', 'Brede', 'Achter de', 'Op de', 'Aan de', 'In de', 'Bij de', 'Sint',
];

/** Small words inside Romance street names: "Calle de la Paz", "Via dei Mille", "Rua das Flores". */
export const STREET_NAME_PARTICLES: readonly string[] = [
  'de la', 'de las', 'de los', 'del', 'de', 'dei', 'degli', 'delle', 'della', 'dello', 'di', 'da', 'das', 'dos', 'do',
  'des', 'du', "d'", "l'", 'la', 'le', 'les', 'el', 'y', 'e', 'sur', 'en', 'aux', 'al', 'alla',
];
