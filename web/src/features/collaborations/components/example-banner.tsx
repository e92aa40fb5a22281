// The mark on every page of the demo's worked example collaboration (issue 15): its partners, aims,
// targets and answers are made up to show the method; the CBS figures in it are real.
import { Paragraph } from '@utrecht/component-library-react';
import { useCollaboration } from '../../../lib/collaboration';

export function ExampleBannerText() {
  return (
    <Paragraph>
      <strong>Voorbeeld.</strong> Deze samenwerking is verzonnen om te laten zien hoe u met het Kwaliteitskompas werkt: de
      partners, afspraken, streefwaarden, signalen en evaluatieantwoorden zijn bedacht. De CBS-cijfers van Almere
      (nulmetingen en voortgang) zijn echt.
    </Paragraph>
  );
}

/** Shown above a collaboration's page when that collaboration is the example; nothing otherwise. */
export function ExampleBanner({ collaborationId }: { collaborationId: string }) {
  const state = useCollaboration(collaborationId);
  if (state.status !== 'success' || !state.data.example) return null;
  return (
    <section className="kompas-example-banner" aria-label="Voorbeeldgegevens" data-testid="example-banner">
      <ExampleBannerText />
    </section>
  );
}
