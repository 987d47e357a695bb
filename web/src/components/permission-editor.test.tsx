import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { PermissionInfo } from '@/lib/api/types';
import { renderWithProviders } from '@/testing/render';
import { PermissionEditor } from './permission-editor';
import type { PermissionState } from './tri-state';

const catalogue: PermissionInfo[] = [
  { name: 'users.read', area: 'users', description: 'See members.' },
  { name: 'audit.read', area: 'audit', description: 'Read the log.' },
];

function Harness({ onState }: { onState: (s: PermissionState) => void }) {
  const [value, setValue] = useState<PermissionState>({ allow: new Set(['users.read']), deny: new Set() });
  return (
    <PermissionEditor
      catalogue={catalogue}
      value={value}
      onChange={(next) => {
        setValue(next);
        onState(next);
      }}
      readOnly={false}
      allowBlocked={(p) =>
        p === 'audit.read' ? 'You cannot allow audit.read: you do not hold it yourself.' : undefined
      }
    />
  );
}

describe('PermissionEditor', () => {
  it('moves a permission between allow, not set and deny', async () => {
    const states: PermissionState[] = [];
    renderWithProviders(<Harness onState={(s) => states.push(s)} />);
    const users = screen.getByTestId('tri-users.read');
    expect(within(users).getByRole('radio', { name: 'Allow' })).toBeChecked();
    await userEvent.click(within(users).getByRole('radio', { name: 'Deny' }));
    expect(states.at(-1)).toEqual({ allow: new Set(), deny: new Set(['users.read']) });
    await userEvent.click(within(users).getByRole('radio', { name: 'Not set' }));
    expect(states.at(-1)).toEqual({ allow: new Set(), deny: new Set() });
  });

  it('refuses to allow a permission the admin does not hold, but still lets them deny it', () => {
    renderWithProviders(<Harness onState={() => {}} />);
    const audit = screen.getByTestId('tri-audit.read');
    expect(within(audit).getByRole('radio', { name: 'Allow' })).toBeDisabled();
    expect(within(audit).getByRole('radio', { name: 'Deny' })).toBeEnabled();
    expect(screen.getByText('You cannot allow audit.read: you do not hold it yourself.')).toBeInTheDocument();
  });
});
