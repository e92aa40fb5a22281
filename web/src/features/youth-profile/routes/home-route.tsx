// The start page: open the first municipality (in code order) so there is always a picture.
import { useEffect } from 'react';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { LoadError, Loading } from '../../../components/status';
import { navigate, regionPath } from '../../../lib/router';
import { useRegions } from '../../../lib/regions';

export function HomeRoute() {
  const municipalities = useRegions({ level: 'municipality' });
  const first = municipalities.status === 'success' ? municipalities.data[0] : undefined;

  useEffect(() => {
    if (first) navigate(regionPath(first.code), { replace: true });
  }, [first]);

  if (municipalities.status === 'error') return <LoadError error={municipalities.error} />;
  if (municipalities.status === 'success' && !first) {
    return (
      <>
        <Heading1>Staat van de jeugd</Heading1>
        <Paragraph>Er zijn nog geen gemeenten ingelezen. Lees eerst gegevens in (zie de handleiding).</Paragraph>
      </>
    );
  }
  return <Loading what="Gemeenten" />;
}
