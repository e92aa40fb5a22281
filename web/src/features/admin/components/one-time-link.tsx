// A one-time link, shown once to the administrator, to hand over to the person (there is no e-mail).
import { useState } from 'react';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { formatDateTime } from '../../../lib/dates';
import type { PasswordLink } from '../../../types/api';
import { passwordLinkUrl } from '../api/admin';

export function OneTimeLink({ link, who }: { link: PasswordLink; who: string }) {
  const url = passwordLinkUrl(link.token);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="kompas-panel kompas-one-time-link" role="status" data-testid="one-time-link">
      <Heading3>Eenmalige link voor {who}</Heading3>
      <Paragraph>
        Geef deze link zelf door, bijvoorbeeld in een versleuteld bericht. Met de link stelt {who} een eigen wachtwoord in. De
        link werkt één keer en tot {formatDateTime(link.expires_at)}. U ziet hem alleen nu.
      </Paragraph>
      <label className="kompas-visually-hidden" htmlFor="eenmalige-link">
        Eenmalige link
      </label>
      <input id="eenmalige-link" className="kompas-one-time-link__url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      <div className="kompas-inline">
        <Button type="button" appearance="secondary-action-button" onClick={copy}>
          Link kopiëren
        </Button>
        {copied && <Paragraph>Gekopieerd.</Paragraph>}
      </div>
    </div>
  );
}
