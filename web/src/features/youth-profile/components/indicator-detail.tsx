// The detail of one indicator: its course over time and the comparison of the districts.
import { forwardRef } from 'react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { LoadError, Loading } from '../../../components/status';
import type { Indicator, Region, RegionDetail } from '../../../types/api';
import { useObservations } from '../api/observations';
import { useRegions } from '../../../lib/regions';
import { DistrictComparison } from './district-comparison';
import { TrendChart } from './trend-chart';

interface IndicatorDetailProps {
  id: string;
  indicator: Indicator;
  /** A local note on the indicator (issue 15), shown with its definition. */
  localNote?: string | null;
  region: RegionDetail;
  parentRegion: Region | null;
}

export const IndicatorDetail = forwardRef<HTMLElement, IndicatorDetailProps>(function IndicatorDetail(
  { id, indicator, localNote, region, parentRegion },
  ref,
) {
  const municipality = region.level === 'municipality' ? region : (region.ancestors.find((a) => a.level === 'municipality') ?? null);
  const chosenDistrict = region.level === 'district' ? region.code : (region.ancestors.find((a) => a.level === 'district')?.code ?? null);

  return (
    <section id={id} ref={ref} className="kompas-detail" aria-labelledby={`${id}-titel`} tabIndex={-1}>
      <Heading2 id={`${id}-titel`}>
        {indicator.title} in {region.name}
      </Heading2>
      {indicator.definition && <Paragraph className="kompas-definition">{indicator.definition}</Paragraph>}
      {localNote && <Paragraph className="kompas-definition kompas-local-note" data-testid="local-note">Lokale toelichting: {localNote}</Paragraph>}
      {indicator.source && <Paragraph className="kompas-note">Bron: {indicator.source}</Paragraph>}
      <Trend indicator={indicator} regions={parentRegion ? [region, parentRegion] : [region]} />
      {municipality && <Districts indicator={indicator} municipality={municipality} highlight={chosenDistrict} />}
    </section>
  );
});

function Trend({ indicator, regions }: { indicator: Indicator; regions: Region[] }) {
  const state = useObservations(
    regions.map((r) => r.code),
    indicator.key,
  );
  if (state.status === 'error') return <LoadError error={state.error} />;
  if (state.status !== 'success') return <Loading what="Cijfers over de tijd" />;
  return <TrendChart indicator={indicator} regions={regions} observations={state.data} />;
}

function Districts({ indicator, municipality, highlight }: { indicator: Indicator; municipality: Region; highlight: string | null }) {
  const districts = useRegions({ parent: municipality.code, level: 'district' });
  const codes = districts.status === 'success' ? districts.data.map((d) => d.code) : null;
  const observations = useObservations(codes, indicator.key);
  if (districts.status === 'error') return <LoadError error={districts.error} />;
  if (districts.status === 'success' && districts.data.length === 0) return null;
  if (observations.status === 'error') return <LoadError error={observations.error} />;
  if (districts.status !== 'success' || observations.status !== 'success') return <Loading what="Cijfers van de wijken" />;
  return (
    <DistrictComparison
      indicator={indicator}
      municipality={municipality}
      districts={districts.data}
      observations={observations.data}
      highlight={highlight}
    />
  );
}
