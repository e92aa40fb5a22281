import { describe, expect, it } from 'vitest';
import { ELEMENTS, changeText, formatChange, formatScore, responsesText, toResponse, validateDraft, withheldText, type Draft } from './elements';

describe('formatChange', () => {
  it('says there is no previous round', () => {
    expect(formatChange(null, null)).toBe('geen vorige ronde');
  });
  it('gives the sign and one decimal in Dutch notation', () => {
    expect(formatChange(0.8, 6.2)).toBe('+0,8 ten opzichte van vorige ronde');
    expect(formatChange(-0.333, 7)).toBe('−0,3 ten opzichte van vorige ronde');
    expect(formatChange(1.25, 5)).toBe('+1,3 ten opzichte van vorige ronde');
  });
  it('calls a change that rounds to zero "gelijk"', () => {
    expect(formatChange(0.04, 7)).toBe('gelijk aan vorige ronde (0,0)');
  });
  it('says unknown when there was a previous round but no change', () => {
    expect(formatChange(null, 7)).toMatch(/onbekend/);
  });
});

describe('rounds with too few answers', () => {
  it('says plainly from how many answers the results appear, and that unsigned comments wait too', () => {
    const text = withheldText(3);
    expect(text).toMatch(/^De uitslag ziet u zodra er minstens 3 antwoorden zijn/);
    expect(text).toMatch(/Toelichtingen zonder naam/);
  });
  it('gives no change against a previous round with too few answers', () => {
    expect(changeText({ change: null, previous_mean: null, previous_responses: 0 }, 3)).toBe('geen vorige ronde');
    expect(changeText({ change: null, previous_mean: null, previous_responses: 2 }, 3)).toBe(
      'niet te vergelijken: de vorige ronde had minder dan 3 antwoorden',
    );
    expect(changeText({ change: 0.8, previous_mean: 6.2, previous_responses: 3 }, 3)).toBe('+0,8 ten opzichte van vorige ronde');
  });
});

describe('scores and counts in words', () => {
  it('formats means with one decimal and no answers in words', () => {
    expect(formatScore(7.5)).toBe('7,5');
    expect(formatScore(null)).toBe('geen antwoorden');
  });
  it('counts answers', () => {
    expect(responsesText(0)).toBe('Nog geen antwoorden');
    expect(responsesText(1)).toBe('1 antwoord');
    expect(responsesText(4)).toBe('4 antwoorden');
  });
});

describe('validateDraft / toResponse', () => {
  const full: Draft = { scores: Object.fromEntries(ELEMENTS.map((e, i) => [e.key, i + 3])), comments: {}, signed: false };

  it('requires a score for each of the six elements', () => {
    const errors = validateDraft({ scores: { shared_horizon: 7 }, comments: {}, signed: false });
    expect(errors).toHaveLength(5);
    expect(errors[0]).toEqual({ field: 'score-partner_interest-1', message: 'Geef een score voor belang van elke partner' });
  });
  it('rejects scores outside 1–10', () => {
    expect(validateDraft({ ...full, scores: { ...full.scores, leadership: 11 } })).toHaveLength(1);
    expect(validateDraft(full)).toEqual([]);
  });
  it('builds the request body in the fixed order, comments only when given', () => {
    const body = toResponse({ ...full, comments: { organisation: '  Goed geregeld ', leadership: '   ' }, signed: true });
    expect(body.signed).toBe(true);
    expect(body.scores.map((s) => s.element)).toEqual([
      'shared_horizon', 'partner_interest', 'results_achieved', 'organisation', 'relations_and_trust', 'leadership',
    ]);
    expect(body.scores[3]).toEqual({ element: 'organisation', score: 6, comment: 'Goed geregeld' });
    expect(body.scores[5]).toEqual({ element: 'leadership', score: 8 });
  });
});
