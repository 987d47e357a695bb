import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render';
import { EditConflictAlert } from './edit-conflict-alert';

function renderAlert(props: { disabled?: boolean } = {}) {
  const keepMine = vi.fn();
  const takeTheirs = vi.fn();
  renderWithProviders(
    <EditConflictAlert
      title="Someone else saved"
      keepMineLabel="Keep mine"
      takeTheirsLabel="Take theirs"
      onKeepMine={keepMine}
      onTakeTheirs={takeTheirs}
      disabled={props.disabled}
    >
      Version 7 changed the e-mail.
    </EditConflictAlert>,
  );
  return { keepMine, takeTheirs };
}

describe('EditConflictAlert', () => {
  it('announces the conflict and runs the choice the admin makes', async () => {
    const { keepMine, takeTheirs } = renderAlert();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Someone else saved');
    expect(alert).toHaveTextContent('Version 7 changed the e-mail.');
    await userEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(keepMine).toHaveBeenCalledTimes(1);
    expect(takeTheirs).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Take theirs' }));
    expect(takeTheirs).toHaveBeenCalledTimes(1);
  });

  it('offers no choice while the newer version is not there yet', async () => {
    const { keepMine, takeTheirs } = renderAlert({ disabled: true });
    expect(screen.getByRole('button', { name: 'Keep mine' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Take theirs' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Keep mine' }), { pointerEventsCheck: 0 });
    expect(keepMine).not.toHaveBeenCalled();
    expect(takeTheirs).not.toHaveBeenCalled();
  });
});
