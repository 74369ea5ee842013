import { describe, expect, it } from 'vitest';
import { found } from '../test-support/found';

const persons = (text: string) => found(text, { types: ['PERSON'] }).map(([, v]) => v);

describe('broader name lexicon', () => {
  it('less frequent given names in running text', () => {
    expect(persons('The form was completed by Gwilym Probert yesterday.')).toEqual(['Gwilym Probert']);
    expect(persons('Transfer approved for Waltraut Hesselbach last week.')).toEqual(['Waltraut Hesselbach']);
    expect(persons('Please forward it to Pancracio Zubieta today.')).toEqual(['Pancracio Zubieta']);
    expect(persons('The file lists Tjitske Hoekwater as the owner.')).toEqual(['Tjitske Hoekwater']);
  });

  it('less frequent family names after an unknown given name', () => {
    expect(persons('We still owe Zorvan Pilkington the deposit.')).toEqual(['Zorvan Pilkington']);
    expect(persons('Invoice sent to Quilla Ramaswamy this morning.')).toEqual(['Quilla Ramaswamy']);
  });
});

describe('unknown names with supporting context', () => {
  it('a greeting closed by a comma or exclamation mark', () => {
    expect(persons('Hallo Ortfried, hier sind die Unterlagen.')).toEqual(['Ortfried']);
    expect(persons('Thanks Zebulon! See you Monday.')).toEqual(['Zebulon']);
  });

  it('self-introductions with two capitalised words', () => {
    expect(persons('Bonjour, je suis Ortolan Bricquebec, client depuis 2019.')).toEqual(['Ortolan Bricquebec']);
  });

  it('an e-mail address after the name', () => {
    expect(persons('Loop in Quorra Tavistock <qt@example.org> on the thread.')).toEqual(['Quorra Tavistock']);
  });

  it('a family-name ending on the last word', () => {
    expect(persons('The refund for Zelmar Okonkwoski is pending.')).toEqual(['Zelmar Okonkwoski']);
    expect(persons('Ship it to Yrsa Brandvoldsen, 14 Harbour Road.')).toEqual(['Yrsa Brandvoldsen']);
  });

  it('JSON keys after an opening brace', () => {
    expect(persons('{"customer": "Ludomir Qvarnstrand", "sku": "A-1"}')).toEqual(['Ludomir Qvarnstrand']);
  });

  it('signature labels in other languages', () => {
    expect(persons('Signé : Thibert Quennevat.')).toEqual(['Thibert Quennevat']);
  });
});

describe('decoys that are not names', () => {
  it.each([
    'We deployed the Hugo site and the Jenkins pipeline to production.',
    'Ask Claude or Gemini to summarise the Kafka topic.',
    'The Julia script reads from the Cassandra cluster.',
    'Offices in South Kensington and New Hampton are closing.',
    'Delivery to Via Toledo 44 and Avenida Afonso Pena 143.',
    'The Ferguson Foundation funds the Hamilton Building.',
    'Quarterly Revenue Report Anderson Edition',
    'Hello World, this is a test.',
    'Hi Team, the Q3 Report is attached.',
    'Visit the Wellington Museum near Kensington Palace.',
    'Our partner Goldman Sachs and Morgan Stanley sent the deck.',
    'Faubourg Saint-Antoine is busy today.',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});
