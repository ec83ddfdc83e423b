// format.js: money in rupees and paise, statuses, masked VPAs, dates, join codes.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';

// Dates are shown in the browser's time zone; pin it before format.js builds its formatters.
process.env.TZ = 'Asia/Kolkata';
const {
  STATUS,
  CODE_ALPHABET,
  CODE_LENGTH,
  clock,
  humanize,
  looksLikeVpa,
  maskVpa,
  normaliseCode,
  parseRupees,
  roleWord,
  rupees,
  statusLabel,
  statusTone,
  when,
} = await import('../../main/resources/static/js/format.js');

describe('rupees', () => {
  test('groups digits the Indian way (lakh, crore) and always shows paise', () => {
    assert.equal(rupees(12340000), '₹1,23,400.00');
    assert.equal(rupees(1_00_00_000_00), '₹1,00,00,000.00');
    assert.equal(rupees(99_999), '₹999.99');
    assert.equal(rupees(1), '₹0.01');
    assert.equal(rupees(0), '₹0.00');
  });

  test('accepts paise as a numeric string, as JSON may carry them', () => {
    assert.equal(rupees('123450'), '₹1,234.50');
  });

  test('shows nothing for a missing amount', () => {
    assert.equal(rupees(null), '');
    assert.equal(rupees(undefined), '');
  });
});

describe('parseRupees', () => {
  test('reads whole rupees and up to two decimals as exact paise', () => {
    assert.equal(parseRupees('1234'), 123400);
    assert.equal(parseRupees('1234.5'), 123450);
    assert.equal(parseRupees('1234.50'), 123450);
    assert.equal(parseRupees('1234.05'), 123405);
    assert.equal(parseRupees('0.01'), 1);
    assert.equal(parseRupees('1234.'), 123400);
  });

  test('has no floating-point error where multiplying by 100 would have one', () => {
    // 19.99 * 100 === 1998.9999999999998 and 1.005 * 100 === 100.49999999999999 in IEEE doubles.
    assert.equal(parseRupees('19.99'), 1999);
    assert.equal(parseRupees('0.29'), 29);
    assert.equal(parseRupees('4.35'), 435);
    assert.equal(parseRupees('999999999.99'), 99_999_999_999);
    for (let paise = 0; paise < 100_000; paise += 7) {
      const text = `${Math.floor(paise / 100)}.${String(paise % 100).padStart(2, '0')}`;
      assert.equal(parseRupees(text), paise, text);
    }
  });

  test('accepts Indian and Western digit grouping, the rupee sign and spaces', () => {
    assert.equal(parseRupees('1,23,400.5'), 12340050);
    assert.equal(parseRupees('12,34,56,789.01'), 123456789_01);
    assert.equal(parseRupees('123,400'), 12340000);
    assert.equal(parseRupees('₹ 1,234.50'), 123450);
    assert.equal(parseRupees('  500 '), 50000);
  });

  test('is what rupees() prints, read back', () => {
    for (const paise of [1, 99, 100, 12345, 12340050, 99_999_999_999]) {
      assert.equal(parseRupees(rupees(paise)), paise);
    }
  });

  test('refuses what is not an amount', () => {
    for (const bad of ['', '   ', 'abc', '12a', '1.234', '.5', '-5', '+5', '1e3', '1.2.3', '0x10', '12,34.5.6', '₹']) {
      assert.equal(parseRupees(bad), null, JSON.stringify(bad));
    }
    assert.equal(parseRupees(null), null);
    assert.equal(parseRupees(undefined), null);
  });

  test('refuses more than nine digits of rupees rather than lose precision', () => {
    assert.equal(parseRupees('1000000000'), null);
    assert.equal(parseRupees('123456789'), 12345678900);
  });
});

describe('statuses', () => {
  test('have plain words and a tone', () => {
    assert.equal(statusLabel('HELD'), 'Payment received');
    assert.equal(statusTone('HELD'), 'held');
    assert.equal(statusLabel('REFUND_FAILED'), 'Refund failed');
    assert.equal(statusTone('RELEASED'), 'good');
  });

  test('a payout the bank returned says so and looks like trouble', () => {
    assert.equal(statusLabel('PAYOUT_REVERSED'), 'Payout returned');
    assert.equal(statusTone('PAYOUT_REVERSED'), 'bad');
  });

  test('every status of escrow-service has words of its own', () => {
    const source = readFileSync(fileURLToPath(new URL(
      '../../../../escrow-service/src/main/java/com/trustpay/escrow/escrow/domain/EscrowStatus.java',
      import.meta.url)), 'utf8');
    const statuses = [...source.matchAll(/^ {4}([A-Z_]+),?$/gm)].map((m) => m[1]);
    assert.ok(statuses.includes('PAYOUT_REVERSED'));
    assert.deepEqual(Object.keys(STATUS).sort(), [...statuses].sort());
  });

  test('unknown ones are humanised and look finished', () => {
    assert.equal(statusLabel('ON_HOLD_FOR_REVIEW'), 'On hold for review');
    assert.equal(statusTone('ON_HOLD_FOR_REVIEW'), 'done');
  });

  test('humanize turns codes and camel case into a sentence', () => {
    assert.equal(humanize('PAYMENT_FAILED'), 'Payment failed');
    assert.equal(humanize('partyConfirmed'), 'Party confirmed');
    assert.equal(humanize('payout.started'), 'Payout started');
    assert.equal(humanize(''), '');
    assert.equal(humanize(null), '');
  });
});

describe('maskVpa', () => {
  test('keeps the start of the name and the whole handle', () => {
    assert.equal(maskVpa('rahul.sharma@okaxis'), 'ra••••••••••@okaxis');
    assert.equal(maskVpa('abc@upi'), 'a•••@upi');
    assert.equal(maskVpa('ab@upi'), 'a•••@upi');
  });

  test('masks something that is not a VPA, and shows nothing for nothing', () => {
    assert.equal(maskVpa('9876543210'), '98••••');
    assert.equal(maskVpa(''), '');
    assert.equal(maskVpa(null), '');
  });
});

describe('when', () => {
  test('shows day, month and time in the local time zone', () => {
    assert.equal(when('2026-06-15T06:30:00Z').replace(/\s/g, ' '), '15 Jun, 12:00 pm');
  });

  test('shows nothing for a missing or broken date', () => {
    assert.equal(when(null), '');
    assert.equal(when(''), '');
    assert.equal(when('yesterday'), '');
  });
});

describe('clock', () => {
  test('shows minutes and seconds, or hours when there are any', () => {
    assert.equal(clock(0), '0:00');
    assert.equal(clock(845), '14:05');
    assert.equal(clock(3723), '1:02:03');
    assert.equal(clock(59.9), '0:59');
  });

  test('never counts below zero', () => {
    assert.equal(clock(-5), '0:00');
  });
});

describe('join codes', () => {
  test('are upper-cased, without spaces and dashes', () => {
    assert.deepEqual(normaliseCode(' k7q-3mx '), {code: 'K7Q3MX', bad: []});
  });

  test('report each character that can never be in a code once', () => {
    assert.deepEqual(normaliseCode('O0O1IL'), {code: 'O0O1IL', bad: ['O', '0', '1', 'I', 'L']});
    assert.deepEqual(normaliseCode(null), {code: '', bad: []});
  });

  test('use an alphabet without look-alikes', () => {
    assert.equal(CODE_LENGTH, 6);
    for (const lookAlike of '0O1IL') assert.ok(!CODE_ALPHABET.includes(lookAlike), lookAlike);
  });
});

describe('looksLikeVpa', () => {
  test('accepts name@handle', () => {
    for (const vpa of ['rahul@okaxis', 'rahul.sharma-1@ok.hdfc', ' success@upi ']) assert.ok(looksLikeVpa(vpa), vpa);
  });

  test('refuses anything else', () => {
    for (const vpa of ['', 'rahul', '@okaxis', 'rahul@', 'rahul@x', 'ra hul@okaxis', 'a@b@c', null]) {
      assert.ok(!looksLikeVpa(vpa), String(vpa));
    }
  });
});

test('roleWord names the two roles and nothing else', () => {
  assert.equal(roleWord('PAYER'), 'payer');
  assert.equal(roleWord('PAYEE'), 'payee');
  assert.equal(roleWord('ADMIN'), '');
});
