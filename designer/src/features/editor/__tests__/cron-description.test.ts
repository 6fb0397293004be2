import { describe, expect, it } from 'vitest';
import { describeCron } from '../lib/cron-description';

describe('describeCron', () => {
  it.each([
    ['0 2 * * *', 'At 02:00, every day'],
    ['30 6 * * MON-FRI', 'At 06:30, on Monday to Friday'],
    ['*/15 * * * *', 'Every 15 minutes, every day'],
    ['0 0 1 * *', 'At 00:00, on day 1 of the month'],
    ['0 8,17 * * 1', 'At 08:00, 17:00, on Monday'],
    ['30 0 2 * * SUN', 'At 02:00:30, on Sunday'],
    ['0 9 * 1,7 *', 'At 09:00, every day, in January, July'],
    ['@daily', 'Every day at 00:00'],
  ])('reads %s as “%s”', (expression, text) => {
    expect(describeCron(expression)).toEqual({ ok: true, text });
  });

  it.each([
    ['', /^Empty/],
    ['0 2 * *', /^4 fields: a cron expression has five/],
    ['0 25 * * *', /^Hour 25 is out of range \(0–23\)/],
    ['60 2 * * *', /^Minute 60 is out of range/],
    ['0 2 0 * *', /^Day of the month 0 is out of range \(1–31\)/],
    ['0 2 * 1-13 *', /^Month 13 is out of range/],
    ['0 2 * * 8', /^Day of the week 8 is out of range/],
    ['61 0 2 * * *', /^Second 61 is out of range/],
  ])('says what is wrong with “%s”', (expression, text) => {
    const reading = describeCron(expression);
    expect(reading.ok).toBe(false);
    expect(reading.text).toMatch(text);
  });
});
