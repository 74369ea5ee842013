/**
 * Look-alike characters used to dodge keyword filters. Cyrillic and Greek letters are folded only
 * inside words that also contain Latin letters, so genuine Russian or Greek text keeps its script
 * (see `normalize.ts`); the Latin-script variants below are folded everywhere.
 */

/** Cyrillic, Greek and Armenian letters that render like a Latin letter (keys are case-sensitive). */
const SCRIPT_LOOKALIKES: Record<string, string> = {
  // Cyrillic upper case
  А: 'a', В: 'b', Е: 'e', Ё: 'e', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't', Х: 'x',
  У: 'y', Ѕ: 's', І: 'i', Ї: 'i', Ј: 'j', Ү: 'y', Һ: 'h', Ԛ: 'q', Ԝ: 'w', Ӏ: 'l', Ԁ: 'd',
  // Cyrillic lower case
  а: 'a', е: 'e', ё: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j',
  һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ү: 'y', к: 'k', м: 'm', т: 't', в: 'b', н: 'h', ь: 'b',
  // Greek upper case
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't',
  Υ: 'y', Χ: 'x',
  // Greek lower case
  α: 'a', ο: 'o', ι: 'i', ν: 'v', ρ: 'p', υ: 'u', κ: 'k', ε: 'e', η: 'n', χ: 'x', γ: 'y', ω: 'w',
  τ: 't', ϲ: 'c', ϳ: 'j',
  // Armenian
  օ: 'o', ս: 'u', ո: 'n', ց: 'g', հ: 'h', զ: 'q',
};

/** Latin-script variants (small capitals, IPA letters, dotless i) that NFKC leaves alone. */
const LATIN_VARIANTS: Record<string, string> = {
  ı: 'i', ɩ: 'i', ɪ: 'i', ɑ: 'a', ɡ: 'g', ɢ: 'g', ʏ: 'y', ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e',
  ʜ: 'h', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u',
  ᴠ: 'v', ᴡ: 'w', ᴢ: 'z', ſ: 's', ꞵ: 'b', ɾ: 'r', ʋ: 'v',
};

function toCodeMap(table: Record<string, string>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [from, to] of Object.entries(table)) out.set(from.codePointAt(0)!, to.charCodeAt(0));
  return out;
}

export const SCRIPT_LOOKALIKE_CODES = toCodeMap(SCRIPT_LOOKALIKES);
export const LATIN_VARIANT_CODES = toCodeMap(LATIN_VARIANTS);

/** Leetspeak-lite: digits that stand in for letters inside words ("1gn0re", "pr3vious"). */
export const LEET_DIGITS: Record<number, number> = {
  0x30: 0x6f, // 0 -> o
  0x31: 0x69, // 1 -> i
  0x33: 0x65, // 3 -> e
  0x34: 0x61, // 4 -> a
  0x35: 0x73, // 5 -> s
  0x37: 0x74, // 7 -> t
};
