// The CLI's CSV opens safely in a spreadsheet: quoting as RFC 4180, and no cell that runs as a formula.
import { describe, expect, it } from 'vitest';
import { formatRows, type Row } from '../../../src/cli/format.ts';

const row = (text: string): Row => ({ file: 'a.txt', start: 0, end: text.length, text, kind: 'level', value: -2.29, unit: '%' });

describe('CLI CSV cells', () => {
  it('quotes commas and quotes, keeps negative numbers as numbers', () => {
    const [, line] = formatRows([row('giảm "2,29%"')], 'csv', true).trim().split('\n');
    expect(line).toBe('a.txt,0,12,"giảm ""2,29%""",level,-2.29,,,%,,,,,,,,');
  });
  it('defuses text a spreadsheet would run as a formula', () => {
    const [, line] = formatRows([row('=HYPERLINK("x")')], 'csv', true).trim().split('\n');
    expect(line?.split(',')[3]).toBe(`"'=HYPERLINK(""x"")"`);
  });
});
