// The youth-profile page of one region: picker, breadcrumb, indicator cards and the detail of
// the chosen indicator. The region and the opened indicator live in the URL.
import { lazy, Suspense, useEffect, useRef, useState, type Ref } from 'react';
import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { LoadError, Loading } from '../../../components/status';
import { navigate, regionPath } from '../../../lib/router';
import type { Profile, RegionDetail } from '../../../types/api';
import { useProfile } from '../api/profile';
import { useRegion } from '../../../lib/regions';
import { IndicatorCard } from '../components/indicator-card';
import { hasNationalFigures } from '../national';
import { RegionBreadcrumb } from '../components/region-breadcrumb';
import { RegionPicker } from '../components/region-picker';
import { DownloadLinks } from '../../../components/download-links';
import { useSignedIn } from '../../auth/api/session';
import type { ApiState } from '../../../lib/use-api';
import type { SimilarComparison } from '../../../types/api';
import { useSimilar, type GroupMode } from '../api/similar';
import { AreaSignals } from '../components/area-signals';
import { SimilarGroup } from '../components/similar-group';
import { describeGroupValue } from '../similar';

const LEVEL_NAMES: Record<string, string> = {
  country: 'land',
  province: 'provincie',
  youth_care_region: 'jeugdzorgregio',
  municipality: 'gemeente',
  district: 'wijk',
  neighbourhood: 'buurt',
};

const DETAIL_ID = 'indicator-detail';

// The charts (ECharts) load only when a card is opened, so the first page stays light.
const IndicatorDetail = lazy(() => import('../components/indicator-detail').then((m) => ({ default: m.IndicatorDetail })));

export function ProfileRoute({ code, indicator }: { code: string; indicator: string | null }) {
  const region = useRegion(code);
  const choose = (next: string) => navigate(regionPath(next, indicator));

  useEffect(() => {
    if (region.status === 'success') document.title = `Staat van de jeugd in ${region.data.name} – Kompas`;
  }, [region]);

  if (region.status === 'error') {
    return (
      <>
        <Heading1>Staat van de jeugd</Heading1>
        <LoadError error={region.error} />
      </>
    );
  }
  if (region.status !== 'success') return <Loading what="Gebiedsgegevens" />;

  return (
    <>
      <RegionBreadcrumb region={region.data} onChoose={choose} />
      <PreHeading className="kompas-preheading">Staat van de jeugd · {LEVEL_NAMES[region.data.level] ?? region.data.level}</PreHeading>
      <Heading1>Staat van de jeugd in {region.data.name}</Heading1>
      <Paragraph lead className="kompas-lead">
        Hoe gaat het met de kinderen en jongeren in dit gebied? De kaarten tonen het nieuwste cijfer per onderwerp, de
        verandering sinds de periode ervoor en een vergelijking met het grotere gebied. Cijfers zijn een begin van het
        gesprek, geen oordeel.
      </Paragraph>
      <section className="kompas-section" aria-labelledby="gebied-titel">
        <Heading2 id="gebied-titel">Kies een gebied</Heading2>
        <RegionPicker region={region.data} onChoose={choose} />
      </section>
      <Cards region={region.data} indicator={indicator} />
      <SignedInSignals region={region.data} />
      <DownloadLinks href={`/api/regions/${encodeURIComponent(region.data.code)}/profile/export`} what="alle cijfers van dit gebied" testId="profile-downloads" />
    </>
  );
}

// Issue 15: the signals of the caller's collaborations, only for those signed in.
function SignedInSignals({ region }: { region: RegionDetail }) {
  const session = useSignedIn();
  return session ? <AreaSignals region={region} /> : null;
}

function Cards({ region, indicator }: { region: RegionDetail; indicator: string | null }) {
  const profile = useProfile(region.code);
  // Issue 15: a municipality compares with a group of similar municipalities, which the user may change.
  const [mode, setMode] = useState<GroupMode>('both');
  const [picked, setPicked] = useState<string[]>([]);
  const similar = useSimilar(region.level === 'municipality' ? region.code : null, mode, picked);
  const detailRef = useRef<HTMLElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    // Move focus to the detail only after the user opened it, not on page load.
    if (opened.current && detailRef.current) {
      detailRef.current.focus();
      opened.current = false;
    }
  }, [indicator]);

  return (
    <section className="kompas-section" aria-labelledby="cijfers-titel">
      <Heading2 id="cijfers-titel">Cijfers</Heading2>
      {region.level === 'municipality' && <SimilarGroup similar={similar} mode={mode} picked={picked} onMode={setMode} onPicked={setPicked} />}
      {profile.status === 'error' && <LoadError error={profile.error} />}
      {profile.status === 'loading' && <Loading what="Cijfers" />}
      {profile.status === 'success' && <CardList profile={profile.data} region={region} indicator={indicator} similar={similar} onOpen={() => (opened.current = true)} />}
      {profile.status === 'success' && indicator && (
        <Detail profile={profile.data} region={region} indicatorKey={indicator} detailRef={detailRef} />
      )}
    </section>
  );
}

function CardList({ profile, region, indicator, similar, onOpen }: { profile: Profile; region: RegionDetail; indicator: string | null; similar: ApiState<SimilarComparison>; onOpen: () => void }) {
  if (profile.entries.length === 0) {
    return <Paragraph>Er zijn nog geen cijfers voor {region.name}.</Paragraph>;
  }
  // Missing national figures (issue 15): said once here instead of "Nederland: niet bekend" on every card.
  const showCountry = hasNationalFigures(profile.entries);
  // Issue 15: the group value of each indicator, with how it came about.
  const groupOf = (key: string) => {
    // Without members the group section says so once; the cards stay as they were.
    if (region.level !== 'municipality' || similar.status !== 'success' || similar.data.group.members.length === 0) return null;
    const entry = similar.data.entries.find((e) => e.indicator === key);
    if (!entry) return null;
    const names: Record<string, string> = {};
    for (const member of similar.data.group.members) names[member.code] = member.name;
    return { label: 'Soortgelijke gemeenten', value: entry.value, note: describeGroupValue(entry, names) };
  };
  return (
    <>
    {!showCountry && profile.region.code !== 'NL01' && profile.parent?.code !== 'NL01' && (
      <Paragraph className="kompas-note kompas-national-missing" data-testid="national-missing">
        Er zijn in Kompas nog geen landelijke cijfers geladen, dus de kaarten vergelijken niet met Nederland. Een beheerder laadt ze onder Eigen
        cijfers met de CBS-download van Kerncijfers wijken en buurten (tabel 85984NED) inclusief de regel voor Nederland, of met een zip van de
        OData-sets van die tabel.
      </Paragraph>
    )}
    <ul className="kompas-cards" data-testid="indicator-cards">
      {profile.entries.map((entry) => (
        <li key={entry.indicator.key}>
          <IndicatorCard
            entry={entry}
            region={profile.region}
            parentRegion={profile.parent}
            selected={entry.indicator.key === indicator}
            detailId={DETAIL_ID}
            showCountry={showCountry}
            group={groupOf(entry.indicator.key)}
            onSelect={() => {
              onOpen();
              const next = entry.indicator.key === indicator ? null : entry.indicator.key;
              navigate(regionPath(region.code, next), { replace: true });
            }}
          />
        </li>
      ))}
    </ul>
    </>
  );
}

function Detail(props: { profile: Profile; region: RegionDetail; indicatorKey: string; detailRef: Ref<HTMLElement> }) {
  const entry = props.profile.entries.find((e) => e.indicator.key === props.indicatorKey);
  if (!entry) {
    return <Paragraph>Voor deze indicator zijn er geen cijfers in {props.region.name}.</Paragraph>;
  }
  return (
    <Suspense fallback={<Loading what="Grafieken" />}>
      <IndicatorDetail
        ref={props.detailRef}
        id={DETAIL_ID}
        indicator={entry.indicator}
        localNote={entry.local_note}
        region={props.region}
        parentRegion={props.profile.parent}
      />
    </Suspense>
  );
}
