import { screen } from '@testing-library/react';
import { auditActionLabel } from '@/lib/audit-labels';
import { renderWithProviders } from '@/testing/render';
import { ValueDiff } from './value-diff';

describe('ValueDiff', () => {
  it('reads as the admin speaks: field labels, lists joined, not JSON', () => {
    renderWithProviders(
      <ValueDiff
        rows={[
          { field: 'roles', before: ['moderator'], after: ['moderator', 'staff'] },
          { field: 'is_disabled', before: false, after: true },
        ]}
      />,
    );
    expect(screen.getByText('Roles')).toBeInTheDocument();
    expect(screen.getByText('moderator, staff')).toBeInTheDocument();
    expect(screen.getByText('Yes')).toBeInTheDocument();
    expect(screen.queryByText(/\["moderator"/)).not.toBeInTheDocument();
  });
});

describe('auditActionLabel', () => {
  it('names refused requests and demo seeding instead of showing raw action names', () => {
    expect(auditActionLabel('refused.CreateUser')).toBe('Refused: create a member');
    expect(auditActionLabel('refused.SomethingNew')).toBe('Refused: SomethingNew');
    expect(auditActionLabel('demo.seeded')).toBe('Demo community created');
  });
});
