// Choosing the area: a municipality, then optionally one of its districts, then optionally a
// neighbourhood of that district. The page changes only on "Toon", not while choosing (WCAG 3.2.2).
import { useEffect, useState, type FormEvent } from 'react';
import { Button, FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { Region, RegionDetail } from '../../../types/api';
import { useRegions } from '../../../lib/regions';

interface RegionPickerProps {
  region: RegionDetail;
  onChoose: (code: string) => void;
}

function chosenAt(region: RegionDetail, level: Region['level']): string {
  if (region.level === level) return region.code;
  return region.ancestors.find((a) => a.level === level)?.code ?? '';
}

export function RegionPicker({ region, onChoose }: RegionPickerProps) {
  const [municipality, setMunicipality] = useState(() => chosenAt(region, 'municipality'));
  const [district, setDistrict] = useState(() => chosenAt(region, 'district'));
  const [neighbourhood, setNeighbourhood] = useState(() => chosenAt(region, 'neighbourhood'));

  // Follow the page when the region changes through a link or the back button.
  useEffect(() => {
    setMunicipality(chosenAt(region, 'municipality'));
    setDistrict(chosenAt(region, 'district'));
    setNeighbourhood(chosenAt(region, 'neighbourhood'));
  }, [region]);

  const municipalities = useRegions({ level: 'municipality' });
  const districts = useRegions(municipality ? { parent: municipality, level: 'district' } : null);
  const neighbourhoods = useRegions(district ? { parent: district, level: 'neighbourhood' } : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = neighbourhood || district || municipality;
    if (code) onChoose(code);
  };

  return (
    <form className="kompas-picker" onSubmit={submit} aria-label="Gebied kiezen">
      <FormField type="select" className="kompas-picker__field">
        <FormLabel htmlFor="kies-gemeente">Gemeente</FormLabel>
        <Select
          id="kies-gemeente"
          value={municipality}
          busy={municipalities.status === 'loading'}
          onChange={(e) => {
            setMunicipality(e.target.value);
            setDistrict('');
            setNeighbourhood('');
          }}
        >
          {municipality === '' && <SelectOption value="">Kies een gemeente</SelectOption>}
          {options(municipalities)}
        </Select>
      </FormField>
      <FormField type="select" className="kompas-picker__field">
        <FormLabel htmlFor="kies-wijk">Wijk</FormLabel>
        <Select
          id="kies-wijk"
          value={district}
          disabled={!municipality || districts.status !== 'success' || districts.data.length === 0}
          busy={districts.status === 'loading'}
          onChange={(e) => {
            setDistrict(e.target.value);
            setNeighbourhood('');
          }}
        >
          <SelectOption value="">Hele gemeente</SelectOption>
          {options(districts)}
        </Select>
      </FormField>
      <FormField type="select" className="kompas-picker__field">
        <FormLabel htmlFor="kies-buurt">Buurt</FormLabel>
        <Select
          id="kies-buurt"
          value={neighbourhood}
          disabled={!district || neighbourhoods.status !== 'success' || neighbourhoods.data.length === 0}
          busy={neighbourhoods.status === 'loading'}
          onChange={(e) => setNeighbourhood(e.target.value)}
        >
          <SelectOption value="">Hele wijk</SelectOption>
          {options(neighbourhoods)}
        </Select>
      </FormField>
      <div className="kompas-picker__submit">
        <Button type="submit" appearance="primary-action-button">
          Toon gebied
        </Button>
      </div>
    </form>
  );
}

function options(state: ReturnType<typeof useRegions>) {
  if (state.status !== 'success') return null;
  return state.data.map((r) => (
    <SelectOption key={r.code} value={r.code}>
      {r.name}
    </SelectOption>
  ));
}
