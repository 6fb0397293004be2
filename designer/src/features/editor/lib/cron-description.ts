/** A human reading of a cron expression, for the hint under a cron trigger's input; the server (Cronos) is the judge. */
export type CronDescription = { ok: true; text: string } | { ok: false; text: string };

const macros: Record<string, string> = {
  '@yearly': 'Once a year, at 00:00 on 1 January',
  '@annually': 'Once a year, at 00:00 on 1 January',
  '@monthly': 'Once a month, at 00:00 on the 1st',
  '@weekly': 'Once a week, at 00:00 on Sunday',
  '@daily': 'Every day at 00:00',
  '@midnight': 'Every day at 00:00',
  '@hourly': 'Every hour, on the hour',
  '@every_minute': 'Every minute',
  '@every_second': 'Every second',
};

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const dayAbbreviations = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const monthAbbreviations = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

const isNumber = (field: string) => /^\d{1,2}$/.test(field);
const pad = (value: string) => value.padStart(2, '0');

/** One list item of a day-of-week or month field, named: `MON-FRI` → `Monday to Friday`. */
function nameItem(item: string, names: string[], abbreviations: string[], offset: number): string {
  const one = (part: string) => {
    const index = abbreviations.indexOf(part.toUpperCase());
    if (index >= 0) return names[index] ?? part;
    const number = Number(part);
    return Number.isInteger(number) ? (names[(number - offset + names.length) % names.length] ?? part) : part;
  };
  const [range, step] = item.split('/');
  const [from = '', to] = (range ?? '').split('-');
  const text = range === '*' ? 'every one' : to ? `${one(from)} to ${one(to)}` : one(from);
  return step ? `${text}, every ${step}` : text;
}

function timeOfDay(second: string, minute: string, hour: string): string | null {
  if (isNumber(minute) && isNumber(hour) && isNumber(second)) return `at ${pad(hour)}:${pad(minute)}${second === '0' ? '' : `:${pad(second)}`}`;
  if (isNumber(minute) && hour.split(',').every(isNumber) && second === '0') return `at ${hour.split(',').map((h) => `${pad(h)}:${pad(minute)}`).join(', ')}`;
  return null;
}

function clock(second: string, minute: string, hour: string): string {
  const fixed = timeOfDay(second, minute, hour);
  if (fixed) return fixed;
  const step = /^\*\/(\d+)$/;
  if (hour === '*' && step.test(minute) && second === '0') return `every ${step.exec(minute)?.[1]} minutes`;
  if (hour === '*' && minute === '*' && second === '0') return 'every minute';
  if (hour === '*' && isNumber(minute) && second === '0') return `at minute ${minute} of every hour`;
  if (step.test(hour) && isNumber(minute) && second === '0') return `every ${step.exec(hour)?.[1]} hours at minute ${minute}`;
  if (minute === '*' && hour === '*' && step.test(second)) return `every ${step.exec(second)?.[1]} seconds`;
  return `at second ${second}, minute ${minute}, hour ${hour}`;
}

const fieldRanges: [string, number, number][] = [
  ['Second', 0, 59],
  ['Minute', 0, 59],
  ['Hour', 0, 23],
  ['Day of the month', 1, 31],
  ['Month', 1, 12],
  ['Day of the week', 0, 7],
];

/** The first number out of its field's range (`Hour 25 …`), so a typo is not read out as a time such as 25:00. */
function outOfRange(fields: string[]): string | null {
  for (const [index, field] of fields.entries()) {
    const [name, min, max] = fieldRanges[index] ?? ['Field', 0, 59];
    for (const item of field.split(',')) {
      for (const part of (item.split('/')[0] ?? '').split('-')) {
        if (!/^\d+$/.test(part)) continue;
        const value = Number(part);
        if (value < min || value > max) return `${name} ${part} is out of range (${min}–${max}).`;
      }
    }
  }
  return null;
}

/** Describes five fields (minute hour day month weekday), six with seconds first, or a macro such as @daily. */
export function describeCron(expression: string): CronDescription {
  const text = expression.trim();
  if (!text) return { ok: false, text: 'Empty: five fields (minute hour day month weekday), six with seconds first, or @daily and friends.' };
  const macro = macros[text.toLowerCase()];
  if (macro) return { ok: true, text: macro };
  const fields = text.split(/\s+/);
  if (fields.length !== 5 && fields.length !== 6) {
    return { ok: false, text: `${fields.length} field${fields.length === 1 ? '' : 's'}: a cron expression has five (minute hour day month weekday), or six with seconds first.` };
  }
  const [second = '0', minute = '*', hour = '*', dayOfMonth = '*', month = '*', dayOfWeek = '*'] = fields.length === 6 ? fields : ['0', ...fields];
  const wrong = outOfRange([second, minute, hour, dayOfMonth, month, dayOfWeek]);
  if (wrong) return { ok: false, text: wrong };
  const parts = [clock(second, minute, hour)];
  const anyDay = dayOfMonth === '*' || dayOfMonth === '?';
  const anyWeekday = dayOfWeek === '*' || dayOfWeek === '?';
  if (anyDay && anyWeekday) parts.push('every day');
  if (!anyDay) parts.push(`on day ${dayOfMonth} of the month`);
  if (!anyWeekday) parts.push(`on ${dayOfWeek.split(',').map((d) => nameItem(d, dayNames, dayAbbreviations, 0)).join(', ')}`);
  if (month !== '*') parts.push(`in ${month.split(',').map((m) => nameItem(m, monthNames, monthAbbreviations, 1)).join(', ')}`);
  const sentence = parts.join(', ');
  return { ok: true, text: sentence.charAt(0).toUpperCase() + sentence.slice(1) };
}
