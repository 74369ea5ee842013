/**
 * Regex fragments and word lists shared by the pattern recognisers. Patterns are built from strings
 * once at module load; nothing here is compiled per scan.
 */

/**
 * Not glued to a longer token: no word character, joining punctuation, decimal point, or a digit
 * group before it (so the tail of a longer spaced number is not read as a shorter ID). Commas do
 * not block: in CSV rows they separate values.
 */
export const NUM_START = String.raw`(?<![\w\-+@#/\\=]|\d\.|\d )`;
/** Not continued by a word character, a joining dash/slash, a decimal part, or another digit group. */
export const NUM_END = String.raw`(?![\w\-@/\\]|\.\d| \d)`;
/** Standalone alphanumeric token. */
export const TOKEN_START = String.raw`(?<![\w\-+@#/\\=])`;
export const TOKEN_END = String.raw`(?![\w\-@/\\]|\.\w)`;

export function pattern(source: string, flags = 'g'): RegExp {
  return new RegExp(source, flags);
}

/** Words that make a number look like a business reference rather than personal data. */
export const REFERENCE_WORDS = [
  'order', 'invoice', 'tracking', 'sku', 'serial', 'part', 'version', 'build', 'ticket', 'isbn',
  'model', 'product', 'item', 'transaction', 'confirmation', 'booking', 'ref', 'reference', 'batch',
  'lot', 'release', 'commit', 'issue', 'pr', 'code', 'bestellnummer', 'rechnung', 'commande', 'facture',
  'pedido', 'factura', 'ordine', 'fattura', 'bestelling', 'factuur', 'fatura', 'timestamp', 'epoch', 'shipment', 'parcel',
  'policy', 'contract', 'sendungsnummer', 'trackingnummer', 'kundennummer', 'vertragsnummer', 'aktenzeichen', 'polisnummer',
  'ordernummer', 'referentie', 'kenmerk', 'polis', 'bsb', 'polizza', 'póliza', 'apólice', 'contrato', 'expediente', 'protocolo', 'dossier',
] as const;

export const PHONE_WORDS = [
  'phone', 'tel', 'tel.', 'telephone', 'mobile', 'cell', 'cellphone', 'call', 'fax', 'whatsapp',
  'contact', 'reach', 'text', 'sms', 'ph', 'mob', 'landline', 'hotline', 'dial', 'ring',
  'telefon', 'handy', 'mobil', 'rufnummer', 'telefonnummer', 'anrufen', 'téléphone', 'tél', 'portable',
  'appeler', 'teléfono', 'telefono', 'móvil', 'movil', 'llamar', 'cellulare', 'chiamare', 'telefoon',
  'telefoonnummer', 'mobiel', 'bellen', 'bel', 'telefone', 'celular', 'contato', 'ligar', 'ligue', 'liga', 'ruf', 'rufen',
  'erreichbar', 'appelez', 'appelle', 'llame', 'llama', 'llámame', 'llamame', 'chiami', 'chiama', 'chiamami', 'chiamaci',
  'telefonare', 'telefoni', 'cel', 'cell', 'tél.', 'tlf',
] as const;
