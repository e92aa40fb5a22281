import { describe, expect, it } from 'vitest';
import { QUESTIONS, QUESTION_LABELS, VARIATION_LABELS, figureValue } from './labels';

describe('dialogue labels', () => {
  it('names the four questions in their order', () => {
    expect(QUESTIONS.map((q) => QUESTION_LABELS[q])).toEqual(['Herkennen', 'Verklaren', 'Waarderen', 'Verbeteren']);
  });
  it('says "niet te zeggen" when variation cannot be judged', () => {
    expect(VARIATION_LABELS.cannot_say).toBe('niet te zeggen');
  });
  it('writes a figure in Dutch, and a suppressed or missing one in words, never 0', () => {
    expect(figureValue(10.84, '%')).toBe('10,8 %');
    expect(figureValue(null, '%', 'confidential')).toBe('onderdrukt (kleine aantallen)');
    expect(figureValue(null, '%')).toBe('onbekend');
    expect(figureValue(1200, 'aantal')).toBe('1.200');
  });
});
