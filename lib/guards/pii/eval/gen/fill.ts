import { ID_GENERATORS } from './ids';
import { birthDate, email, personName, phone, streetAddress, type Pools } from './contact';
import { DECOY_GENERATORS } from './decoys';
import { creditCard, cryptoWallet, iban, ipv4, ipv6, macAddress } from './financial';
import type { Random } from './random';
import { SECRET_GENERATORS, azureConnectionString, connectionString, gcpPrivateKeyValue, urlWithCredentials } from './secrets';

export interface LabelledEntity {
  type: string;
  start: number;
  end: number;
  value: string;
}

export interface Sample {
  id: string;
  locale: string;
  text: string;
  entities: LabelledEntity[];
}

/** `{TYPE}` or `{TYPE:variant}` is a labelled value; `{~kind}` is an unlabelled decoy. */
const SLOT = /\{(~?)([A-Za-z_0-9]+)(?::([\w-]+))?\}/g;

function valueFor(type: string, variant: string | undefined, r: Random, pools: Pools, locale: string): string {
  const loc = variant && variant.length === 2 ? variant : locale;
  switch (type) {
    case 'EMAIL': return email(r, pools, loc);
    case 'PHONE': return phone(r, loc);
    case 'PERSON': return personName(r, pools, loc, variant);
    case 'STREET_ADDRESS': return streetAddress(r, pools, loc);
    case 'DATE_OF_BIRTH': return birthDate(r, loc);
    case 'CREDIT_CARD': return creditCard(r, variant);
    case 'IBAN': return iban(r, variant);
    case 'IP_ADDRESS': return variant === 'v6' ? ipv6(r) : ipv4(r);
    case 'MAC_ADDRESS': return macAddress(r);
    case 'CRYPTO_WALLET': return cryptoWallet(r, variant);
    case 'CONNECTION_STRING': return connectionString(r);
    case 'URL_WITH_CREDENTIALS': return urlWithCredentials(r);
    case 'AZURE_CONNECTION_STRING': return azureConnectionString(r);
    case 'GCP_SERVICE_ACCOUNT_KEY': return gcpPrivateKeyValue(r);
  }
  const id = ID_GENERATORS[type];
  if (id) return id(r, variant);
  const secret = SECRET_GENERATORS[type];
  if (secret) return secret(r);
  throw new Error(`no generator for ${type}`);
}

export function fill(id: string, template: string, locale: string, r: Random, pools: Pools): Sample {
  let text = '';
  let cursor = 0;
  const entities: LabelledEntity[] = [];
  for (const m of template.matchAll(SLOT)) {
    text += template.slice(cursor, m.index);
    const [, decoy, kind, variant] = m;
    if (decoy) {
      const make = DECOY_GENERATORS[kind];
      if (!make) throw new Error(`no decoy generator for ${kind}`);
      text += make(r);
    } else {
      const value = valueFor(kind, variant, r, pools, locale);
      entities.push({ type: kind, start: text.length, end: text.length + value.length, value });
      text += value;
    }
    cursor = (m.index ?? 0) + m[0].length;
  }
  text += template.slice(cursor);
  return { id, locale, text, entities };
}
