import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { descriptors } from '@/testing/fixtures';
import { activityDragType, Palette } from '../components/palette';

describe('Palette', () => {
  it('groups activities by category, each with its description', () => {
    render(<Palette descriptors={descriptors} onInsert={vi.fn()} insertHint="here" />);

    const group = screen.getByRole('group', { name: 'Timers' });
    expect(within(group).getByRole('button', { name: /Delay/ })).toHaveTextContent('Waits, then goes on.');
    expect(screen.getAllByRole('group').map((g) => g.querySelector('h3')?.textContent)).toEqual(['Control flow', 'Data', 'ERP', 'Integration', 'Timers']);
  });

  it('filters by name, type or description', async () => {
    render(<Palette descriptors={descriptors} onInsert={vi.fn()} insertHint="here" />);

    await userEvent.type(screen.getByLabelText('Search activities'), 'cost center');

    expect(screen.getAllByRole('button').map((b) => b.textContent?.trim())).toEqual(['Post chargeBooks a charge on a cost center.']);
  });

  it('inserts the chosen activity from the keyboard', async () => {
    const onInsert = vi.fn();
    render(<Palette descriptors={descriptors} onInsert={onInsert} insertHint="here" />);

    screen.getByTestId('palette-Delay').focus();
    await userEvent.keyboard('{Enter}');

    expect(onInsert).toHaveBeenCalledWith('Delay');
  });

  it('puts the activity type on the drag', () => {
    render(<Palette descriptors={descriptors} onInsert={vi.fn()} insertHint="here" />);
    const setData = vi.fn();

    fireEvent.dragStart(screen.getByTestId('palette-If'), { dataTransfer: { setData, effectAllowed: '' } });

    expect(setData).toHaveBeenCalledWith(activityDragType, 'If');
  });
});
