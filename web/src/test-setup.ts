import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { clearApiCache } from './lib/use-api';

afterEach(() => {
  cleanup();
  clearApiCache();
});
