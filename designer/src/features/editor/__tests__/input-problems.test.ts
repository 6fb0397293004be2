import { describe, expect, it } from 'vitest';
import type { InputDescriptor } from '@/types/activity';
import { concernsInput, withoutNodePrefix } from '../lib/input-problems';

const input = (name: string, displayName?: string): InputDescriptor => ({ name, displayName, type: 'string' }) as InputDescriptor;

describe('concernsInput', () => {
  it.each([
    ["Node 'cron': Time zone 'Mars/Olympus' is not known.", input('timeZone', 'Time zone'), true],
    ["Node 'cron': Cron expression '0 25 * * *' does not parse.", input('expression', 'Expression'), true],
    ["'interval' must be a fixed value: schedules are made before any run.", input('interval', 'Interval'), true],
    ["Node 'once': Once at 2020-01-01T00:00:00Z lies in the past; it would never fire.", input('at', 'At'), true],
    ["Node 'http': the path 'x' is taken; see the date below.", input('at', 'At'), false],
    ["Node 'cron': Time zone 'Mars/Olympus' is not known.", input('expression', 'Expression'), false],
  ])('“%s” concerns %o: %s', (message, descriptor, expected) => {
    expect(concernsInput(message, descriptor)).toBe(expected);
  });

  it('drops the node prefix the server starts a node problem with', () => {
    expect(withoutNodePrefix("Node 'cron': Time zone 'X' is not known.")).toBe("Time zone 'X' is not known.");
    expect(withoutNodePrefix("Node 'x', input 'Lines' expects array.")).toBe("input 'Lines' expects array.");
  });
});
