// Where the region sits: its ancestors, country first, as links.
import type { MouseEvent } from 'react';
import { BreadcrumbNav, BreadcrumbNavLink, BreadcrumbNavSeparator } from '@utrecht/component-library-react';
import { regionPath } from '../../../lib/router';
import type { RegionDetail } from '../../../types/api';

interface RegionBreadcrumbProps {
  region: RegionDetail;
  onChoose: (code: string) => void;
}

export function RegionBreadcrumb({ region, onChoose }: RegionBreadcrumbProps) {
  const trail = [...region.ancestors, region];
  const follow = (code: string) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onChoose(code);
  };
  return (
    <BreadcrumbNav className="kompas-breadcrumb" label="Kruimelpad">
      {trail.map((r, i) => {
        const current = i === trail.length - 1;
        return [
          <BreadcrumbNavLink
            key={r.code}
            href={regionPath(r.code)}
            current={current}
            index={i}
            onClick={current ? undefined : follow(r.code)}
          >
            {r.name}
          </BreadcrumbNavLink>,
          !current && (
            <BreadcrumbNavSeparator key={`${r.code}-sep`}>
              <span aria-hidden="true">›</span>
            </BreadcrumbNavSeparator>
          ),
        ];
      })}
    </BreadcrumbNav>
  );
}
