import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import type { GroupCondition } from '../api/group-rules';
import { renderWithProviders } from '@/testing/render';
import { ConditionTest } from './condition-test';
import { defaultTest } from './condition-defaults';

/** Holds the test's value like the condition builder does, and reports every change. */
function Harness({ onChange }: { onChange: (c: GroupCondition) => void }) {
  const [value, setValue] = useState<GroupCondition>(defaultTest('invite_used'));
  return (
    <ConditionTest
      label="Test 1"
      roleNames={[]}
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('ConditionTest, invite used', () => {
  it('starts with no code (any invite), takes a code, and sends no code again once the field is emptied', () => {
    const changes: GroupCondition[] = [];
    renderWithProviders(<Harness onChange={(c) => changes.push(c)} />);
    const code = screen.getByRole('textbox', { name: 'Invite code' });
    expect(code).toHaveValue('');
    expect(code).toHaveAttribute('placeholder', 'Any invite');

    fireEvent.change(code, { target: { value: 'AbCdEfGh12345678' } });
    expect(changes.at(-1)).toEqual({ type: 'invite_used', value: 'AbCdEfGh12345678' });
    fireEvent.change(code, { target: { value: '' } });
    expect(changes.at(-1)).toEqual({ type: 'invite_used', value: null });
  });
});
