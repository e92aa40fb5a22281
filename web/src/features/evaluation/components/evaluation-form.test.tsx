import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ELEMENTS } from '../elements';
import { EvaluationForm } from './evaluation-form';

describe('EvaluationForm', () => {
  it('refuses to send until all six elements have a score, and links each error to its field', async () => {
    const onSubmit = vi.fn(async () => {});
    render(<EvaluationForm onSubmit={onSubmit} />);
    const checkbox = screen.getByLabelText('Onderteken mijn antwoorden met mijn naam') as HTMLInputElement;
    expect(checkbox.checked).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Antwoorden versturen' }));
    const summary = await screen.findByTestId('error-summary');
    const links = summary.querySelectorAll('a');
    expect(links).toHaveLength(6);
    expect(links[0].getAttribute('href')).toBe('#score-shared_horizon-1');
    expect(document.getElementById('score-shared_horizon-1')).not.toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();

    // Five of six is still not enough.
    for (const element of ELEMENTS.slice(0, 5)) fireEvent.click(document.getElementById(`score-${element.key}-7`)!);
    fireEvent.click(screen.getByRole('button', { name: 'Antwoorden versturen' }));
    await waitFor(() => expect(screen.getByTestId('error-summary').querySelectorAll('a')).toHaveLength(1));
    expect(screen.getByTestId('error-summary').textContent).toContain('leiderschap');
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.click(document.getElementById('score-leadership-9')!);
    fireEvent.change(screen.getByLabelText('Toelichting bij leiderschap (niet verplicht)'), { target: { value: 'Duidelijke trekker' } });
    fireEvent.click(checkbox);
    fireEvent.click(screen.getByRole('button', { name: 'Antwoorden versturen' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit).toHaveBeenCalledWith({
      signed: true,
      scores: [
        { element: 'shared_horizon', score: 7 },
        { element: 'partner_interest', score: 7 },
        { element: 'results_achieved', score: 7 },
        { element: 'organisation', score: 7 },
        { element: 'relations_and_trust', score: 7 },
        { element: 'leadership', score: 9, comment: 'Duidelijke trekker' },
      ],
    });
    expect(screen.queryByTestId('error-summary')).toBeNull();
  });

  it('shows the server error when saving fails', async () => {
    render(<EvaluationForm onSubmit={async () => Promise.reject(new Error('deze ronde is gesloten'))} />);
    for (const element of ELEMENTS) fireEvent.click(document.getElementById(`score-${element.key}-5`)!);
    fireEvent.click(screen.getByRole('button', { name: 'Antwoorden versturen' }));
    expect((await screen.findByTestId('error-summary')).textContent).toContain('deze ronde is gesloten');
  });
});
