import { wordStem } from '../../../src/nps/themes/wordStem';

const stems = (words: string[]): string[] => words.map(wordStem);

describe('wordStem: the forms of a word share a stem', () => {
  test('English plurals, -ing and -ed', () => {
    expect(stems(['crash', 'crashes', 'crashing', 'crashed'])).toEqual(['crash', 'crash', 'crash', 'crash']);
    expect(stems(['ship', 'ships', 'shipped', 'shipping'])).toEqual(['ship', 'ship', 'ship', 'ship']);
    expect(stems(['bill', 'bills', 'billed', 'billing'])).toEqual(['bill', 'bill', 'bill', 'bill']);
    expect(stems(['love', 'loves', 'loved', 'loving'])).toEqual(['lov', 'lov', 'lov', 'lov']);
    expect(stems(['delivery', 'deliveries'])).toEqual(['delivery', 'delivery']);
  });

  test('German -e, -en, -er, -es', () => {
    expect(stems(['lieferung', 'lieferungen'])).toEqual(['lieferung', 'lieferung']);
    expect(stems(['freundlich', 'freundliche', 'freundlicher', 'freundlichen'])).toEqual(['freundlich', 'freundlich', 'freundlich', 'freundlich']);
    expect(stems(['preis', 'preise', 'preises'])).toEqual(['preis', 'preis', 'preis']);
  });

  test('Dutch plurals of -ing nouns', () => {
    expect(stems(['levering', 'leveringen'])).toEqual(['lever', 'lever']);
    expect(stems(['answer', 'answers', 'answered', 'answering'])).toEqual(['answ', 'answ', 'answ', 'answ']);
  });

  test('Romance gender and number (accents already removed)', () => {
    expect(stems(['lento', 'lenta', 'lentos', 'lentas', 'lente', 'lenti'])).toEqual(['lent', 'lent', 'lent', 'lent', 'lent', 'lent']);
    expect(stems(['cliente', 'clientes', 'clienti', 'client'])).toEqual(['client', 'client', 'client', 'client']);
    expect(stems(['eleve', 'eleves'])).toEqual(['elev', 'elev']);
  });
});

describe('wordStem: what it leaves alone', () => {
  test('short words, and endings that are part of the word', () => {
    expect(stems(['bus', 'status', 'class', 'analysis', 'new', 'use', 'used', 'app'])).toEqual(['bus', 'status', 'class', 'analysis', 'new', 'use', 'used', 'app']);
  });

  test('"-ly" stays: friendly is not friend', () => {
    expect(wordStem('friendly')).not.toBe(wordStem('friend'));
  });

  test('Spanish caro is not English car', () => {
    expect(wordStem('caro')).not.toBe(wordStem('car'));
  });

  test('words with letters outside a–z are returned as they are', () => {
    expect(stems(['größe', 'обслуживание', '배송이', 'prices'])).toEqual(['größe', 'обслуживание', '배송이', 'pric']);
  });
});
