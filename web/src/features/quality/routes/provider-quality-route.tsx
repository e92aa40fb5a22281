// A provider's quality record (block 4): the conditions a municipality may require when it buys
// care. The provider itself (and platform administrators) fills it in, one form per condition;
// partners who share a collaboration with the provider read it.
import { useState } from 'react';
import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { LoadError, Loading } from '../../../components/status';
import { useDocumentTitle } from '../../../lib/title';
import type { ProviderQuality } from '../../../types/api';
import { useProviderQuality } from '../api/quality';
import { ConditionForm } from '../components/condition-form';
import { QualityTable } from '../components/quality-table';
import { CONDITION_LABELS } from '../labels';

export function ProviderQualityRoute({ orgId }: { orgId: string }) {
  const loaded = useProviderQuality(orgId);
  const [saved, setSaved] = useState<ProviderQuality | null>(null);
  useDocumentTitle('Kwaliteitsvoorwaarden');
  const quality = saved ?? (loaded.status === 'success' ? loaded.data : null);

  return (
    <>
      <PreHeading className="kompas-preheading">Kwaliteit van activiteiten</PreHeading>
      <Heading1>Kwaliteitsvoorwaarden{quality ? ` van ${quality.organisation_name}` : ''}</Heading1>
      {loaded.status === 'error' && <LoadError error={loaded.error} />}
      {loaded.status === 'loading' && <Loading what="Kwaliteitsvoorwaarden" />}
      {quality && (
        <>
          <Paragraph>
            Gemeenten mogen bij de inkoop van jeugdhulp voorwaarden stellen aan de kwaliteit van aanbieders. Hier staat per voorwaarde
            of deze aanbieder eraan voldoet, met het bewijs. Een onbekende status mag: het laat zien waar nog afspraken nodig zijn.
            {quality.can_edit
              ? ' Alleen uw eigen organisatie kan dit aanpassen; partners in uw samenwerkingen kunnen het lezen.'
              : ' Alleen de aanbieder zelf kan dit aanpassen.'}
          </Paragraph>
          <QualityTable quality={quality} />
          {quality.can_edit && (
            <section className="kompas-section" aria-labelledby="kw-bewerken-titel">
              <Heading2 id="kw-bewerken-titel">Voorwaarden vastleggen</Heading2>
              <Paragraph>
                Leg per voorwaarde de status en het bewijs vast. Waar kwaliteit lastig te meten is, kunt u zowel een toelichting als een
                cijfer met eenheid geven. Kompas noteert wie het heeft bevestigd.
              </Paragraph>
              {quality.conditions.map((record) => (
                <details key={record.condition} className="kompas-panel kompas-section">
                  <summary>{CONDITION_LABELS[record.condition]}</summary>
                  <ConditionForm orgId={orgId} record={record} onSaved={setSaved} />
                </details>
              ))}
            </section>
          )}
        </>
      )}
    </>
  );
}
