import { LOWER, Random, group } from './random';

/** Name and place lists; the dev and eval sets use different ones so tuning does not leak into scoring. */
export interface Pools {
  firstNames: Record<string, readonly string[]>;
  lastNames: Record<string, readonly string[]>;
  streets: Record<string, readonly string[]>;
  domains: readonly string[];
}

const deaccent = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '');

export function personName(r: Random, pools: Pools, locale: string, variant?: string): string {
  const first = r.pick(pools.firstNames[locale] ?? pools.firstNames.en);
  const last = r.pick(pools.lastNames[locale] ?? pools.lastNames.en);
  if (variant === 'first') return first;
  if (variant === 'last') return last;
  return `${first} ${last}`;
}

export function email(r: Random, pools: Pools, locale: string): string {
  const first = deaccent(r.pick(pools.firstNames[locale] ?? pools.firstNames.en)).toLowerCase();
  const last = deaccent(r.pick(pools.lastNames[locale] ?? pools.lastNames.en)).toLowerCase();
  const local = r.pick([`${first}.${last}`, `${first[0]}${last}`, `${first}_${last}${r.int(1, 99)}`, `${first}+${r.pick(['billing', 'news', 'hr'])}`, `${last}${r.digits(2)}`]);
  return `${local}@${r.pick(pools.domains)}`;
}

/** A North American number: area and exchange start with 2-9 and are never N11 service codes. */
function nanp(r: Random): string {
  const part = () => {
    const p = `${r.int(2, 9)}${r.int(0, 9)}${r.int(0, 9)}`;
    return p.endsWith('11') ? `${p.slice(0, 2)}2` : p;
  };
  return part() + part() + r.digits(4);
}

/** Brazilian area codes (DDD) in use; none ends in 0. */
const BR_AREA_CODES = ['11', '12', '13', '19', '21', '24', '27', '31', '34', '41', '43', '47', '48', '51', '54', '61', '62', '65', '71', '73', '81', '85', '91', '92', '98'];

/** Phone numbers in the formats people write in each country. */
export function phone(r: Random, locale: string): string {
  switch (locale) {
    case 'us':
    case 'ca': {
      const n = nanp(r);
      return r.pick([`(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`, `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, `+1 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`]);
    }
    case 'uk':
      return r.pick([`+44 20 ${r.int(3, 8)}${r.digits(3)} ${r.digits(4)}`, `020 ${r.int(3, 8)}${r.digits(3)} ${r.digits(4)}`, `07${r.int(4, 9)}${r.digits(2)} ${r.digits(6)}`, `+44 7${r.int(4, 9)}${r.digits(2)} ${r.digits(6)}`, `0161 ${r.digits(3)} ${r.digits(4)}`]);
    case 'de':
      return r.pick([`+49 30 ${r.digits(8)}`, `030 ${r.digits(8)}`, `0171 ${r.digits(7)}`, `+49 171 ${r.digits(7)}`, `089/${r.digits(7)}`, `040 ${r.digits(3)} ${r.digits(3)}`]);
    case 'fr': {
      const pairs = `${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
      return r.pick([`0${r.int(1, 7)} ${pairs}`, `+33 ${r.int(1, 7)} ${pairs}`, `0${r.int(6, 7)}.${pairs.replace(/ /g, '.')}`]);
    }
    case 'es':
      return r.pick([`${r.pick(['6', '7'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+34 ${r.pick(['6', '9'])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`.replace(/^91 (\d{3}) (\d\d) (\d\d)$/, '+34 91 $1 $2 $3')]);
    case 'it':
      return r.pick([`3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `+39 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`, `+39 06 ${r.digits(8)}`, `02 ${r.digits(8)}`]);
    case 'nl':
      return r.pick([`06-${r.digits(8)}`, `06 ${r.digits(8)}`, `+31 6 ${r.digits(8)}`, `020-${r.digits(7)}`, `010 ${r.digits(3)} ${r.digits(4)}`]);
    case 'in':
      return r.pick([`+91 ${r.int(6, 9)}${r.digits(4)} ${r.digits(5)}`, `${r.int(6, 9)}${r.digits(4)} ${r.digits(5)}`, `+91-${r.int(6, 9)}${r.digits(4)}-${r.digits(5)}`]);
    case 'br': {
      const ddd = r.pick(BR_AREA_CODES);
      return r.pick([`(${ddd}) 9${r.digits(4)}-${r.digits(4)}`, `+55 ${ddd} 9${r.digits(4)}-${r.digits(4)}`, `(${ddd}) ${r.int(2, 5)}${r.digits(3)}-${r.digits(4)}`]);
    }
    case 'au':
      return r.pick([`04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `(02) ${r.digits(4)} ${r.digits(4)}`, `03 ${r.digits(4)} ${r.digits(4)}`]);
    default:
      return `+${r.pick(['41', '46', '47', '48', '353', '358', '420', '972', '81', '82', '65', '27'])} ${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`;
  }
}

const MONTHS: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
};

/** A birth date in the style of `locale` ("March 3, 1984", "03.03.1984", "3 de marzo de 1984"). */
export function birthDate(r: Random, locale: string): string {
  const y = r.int(1940, 2006);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  switch (locale) {
    case 'us':
      return r.pick([`${mm}/${dd}/${y}`, `${MONTHS.en[m - 1]} ${d}, ${y}`, `${y}-${mm}-${dd}`]);
    case 'uk':
    case 'au':
    case 'in':
      return r.pick([`${dd}/${mm}/${y}`, `${d} ${MONTHS.en[m - 1]} ${y}`]);
    case 'de':
      return r.pick([`${dd}.${mm}.${y}`, `${d}. ${MONTHS.de[m - 1]} ${y}`]);
    case 'fr':
      return r.pick([`${dd}/${mm}/${y}`, `${d} ${MONTHS.fr[m - 1]} ${y}`]);
    case 'es':
      return r.pick([`${dd}/${mm}/${y}`, `${d} de ${MONTHS.es[m - 1]} de ${y}`]);
    case 'it':
      return r.pick([`${dd}/${mm}/${y}`, `${d} ${MONTHS.it[m - 1]} ${y}`]);
    case 'nl':
      return r.pick([`${dd}-${mm}-${y}`, `${d} ${MONTHS.nl[m - 1]} ${y}`]);
    case 'br':
      return r.pick([`${dd}/${mm}/${y}`, `${d} de ${MONTHS.pt[m - 1]} de ${y}`]);
    default:
      return `${y}-${mm}-${dd}`;
  }
}

/** A street line in the order each country writes it. */
export function streetAddress(r: Random, pools: Pools, locale: string): string {
  const street = (style: string) => r.pick(pools.streets[style]);
  const n = String(r.int(1, 250));
  switch (locale) {
    case 'de':
      return `${street('de')} ${n}${r.chance(0.2) ? r.pick(['a', 'b']) : ''}`;
    case 'nl':
      return `${street('nl')} ${n}`;
    case 'fr':
      return `${n} ${street('fr')}`;
    case 'es':
      return `${street('es')}${r.chance(0.4) ? ',' : ''} ${n}`;
    case 'it':
      return `${street('it')}${r.chance(0.3) ? ',' : ''} ${n}`;
    case 'br':
      return `${street('br')}, ${n}`;
    default:
      return `${n}${r.chance(0.1) ? 'B' : ''} ${street('en')}`;
  }
}

export function randomWord(r: Random, length: number): string {
  return r.chars(LOWER, length);
}

export function orderNumber(r: Random): string {
  return r.pick([`#${r.digits(6)}`, `ORD-${r.digits(8)}`, `${r.digits(4)}-${r.digits(7)}`, `PO${r.digits(7)}`, `INV-${r.int(2019, 2025)}-${r.digits(5)}`]);
}

export function productCode(r: Random): string {
  return r.pick([`${r.digits(3)}-${r.digits(3)}-${r.digits(4)}`, `SKU-${r.digits(5)}-${r.digits(2)}`, `${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}-${r.digits(4)}-${r.digits(3)}`, group(r.digits(12), [4, 4, 4], '-')]);
}

