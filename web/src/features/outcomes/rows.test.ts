import { describe, expect, it } from 'vitest';
import { helpFormsOf } from './rows';

describe('helpFormsOf', () => {
  it('lists each help form of the rows once, by code, without "all" and "00"', () => {
    const rows = [
      { help_form: 'all', help_form_label: 'Alle hulpvormen' },
      { help_form: '11', help_form_label: 'Pleegzorg' },
      { help_form: '02', help_form_label: 'Ambulant' },
      { help_form: '11', help_form_label: 'Pleegzorg' },
      { help_form: '00', help_form_label: 'Onbekend' },
    ];
    expect(helpFormsOf(rows)).toEqual([
      { code: '02', label: 'Ambulant' },
      { code: '11', label: 'Pleegzorg' },
    ]);
  });
});
