import { describe, expect, it } from 'vitest';
import { found } from '../test-support/found';

const persons = (text: string) => found(text, { types: ['PERSON'] }).map(([, v]) => v);
const addresses = (text: string) => found(text, { types: ['STREET_ADDRESS'] }).map(([, v]) => v);

describe('person names', () => {
  it('known given names with surnames', () => {
    expect(persons('Yesterday Maria Gonzalez and Rahul Sharma joined.')).toEqual(['Maria Gonzalez', 'Rahul Sharma']);
    expect(persons('Ludwig van Beethoven and María de la Cruz')).toEqual(['Ludwig van Beethoven', 'María de la Cruz']);
    expect(persons('John F. Kennedy spoke.')).toEqual(['John F. Kennedy']);
  });

  it('cues make unknown names count', () => {
    expect(persons('Dear Mr. Okonkwo, thanks.')).toEqual(['Okonkwo']);
    expect(persons('my name is Zbigniew Brzezinski')).toEqual(['Zbigniew Brzezinski']);
    expect(persons('Name: Oyelaran Adeyemi\nRole: admin')).toEqual(['Oyelaran Adeyemi']);
    expect(persons('Best regards,\nKaito Tanabe')).toEqual(['Kaito Tanabe']);
    expect(persons('Sehr geehrte Frau Schwarzenegger')).toEqual(['Schwarzenegger']);
  });

  it('names that are also words need a cue or a surname', () => {
    expect(persons('Will you mark the date? In May we grow.')).toEqual([]);
    expect(persons('Dear Grace, the report is ready.')).toEqual(['Grace']);
    expect(persons('Will Turner called.')).toEqual(['Will Turner']);
  });

  it('capitalised words without a name are not names', () => {
    expect(persons('The Quarterly Report From Finance Team Is Ready')).toEqual([]);
    expect(persons('Dear Team, Dear Sir or Madam, Hi All')).toEqual([]);
  });

  it('possessives end the name', () => {
    expect(persons("I borrowed Sarah Connor's car")).toEqual(['Sarah Connor']);
  });
});

describe('street addresses by locale', () => {
  it.each([
    ['I live at 221B Baker Street, London.', '221B Baker Street'],
    ['Ship to 1600 Pennsylvania Avenue NW', '1600 Pennsylvania Avenue'],
    ['Office: 12, MG Road, Bengaluru', '12, MG Road'],
    ['Wir wohnen in der Hauptstraße 5, 10115 Berlin', 'Hauptstraße 5'],
    ['Adresse: Karl-Marx-Allee 34a', 'Karl-Marx-Allee 34a'],
    ['Ons adres is Keizersgracht 123, Amsterdam', 'Keizersgracht 123'],
    ["J'habite au 12 rue de la Paix, Paris", '12 rue de la Paix'],
    ['Vivo en Calle de Alcalá 45, Madrid', 'Calle de Alcalá 45'],
    ['Abito in Via dei Mille 10, Napoli', 'Via dei Mille 10'],
    ['Moro na Rua das Flores, 120', 'Rua das Flores, 120'],
  ])('%s', (text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });

  it('numbers next to capitalised words without a street type are not addresses', () => {
    expect(addresses('We sold 300 Units Today and 12 Angry Men is a film.')).toEqual([]);
  });
});

describe('person names in quotes and code', () => {
  it('reads names inside quotes but not inside identifiers', () => {
    expect(persons("INSERT INTO users VALUES ('Maria Lopez', 'x')")).toEqual(['Maria Lopez']);
    expect(persons('user_Maria and 2Maria are identifiers')).toEqual([]);
  });
});

describe('names without a known given name', () => {
  it('a distinctive family name after a capitalised word makes a name', () => {
    expect(persons('Please ask Cordelia Washington about it.')).toEqual(['Cordelia Washington']);
    expect(persons('We visited Central Park and Burger King.')).toEqual([]);
  });

  it('labels in JSON, French spacing and German letters', () => {
    expect(persons('{"customer": "Thaddeus Haddad", "sku": "X-1"}')).toEqual(['Thaddeus Haddad']);
    expect(persons('Nom : Evariste Dupuis-Morel')).toEqual(['Evariste Dupuis-Morel']);
    expect(persons('Bitte rufen Sie Herrn Oberhauser an.')).toEqual(['Oberhauser']);
  });

  it('a given name after São, San or Saint is a place', () => {
    expect(persons('Offices in São Paulo and San Diego.')).toEqual([]);
  });
});
