import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderInEditor } from '@/testing/editor-harness';
import { OutlineView } from '../components/outline-view';

describe('OutlineView', () => {
  it('lists every node with its outcome connections', () => {
    renderInEditor(<OutlineView onFocusNode={vi.fn()} />);

    const big = screen.getByTestId('outline-big');
    expect(within(big).getByText('→ setBig')).toBeInTheDocument();
    expect(within(big).getByText('→ done')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').filter((li) => li.dataset.testid?.startsWith('outline-'))).toHaveLength(4);
  });

  it('connects an outcome to a node without dragging', async () => {
    const { store } = renderInEditor(<OutlineView onFocusNode={vi.fn()} />);

    await userEvent.selectOptions(screen.getByLabelText('Connect setBig Failed to'), 'done');
    await userEvent.click(within(screen.getByTestId('outline-setBig')).getAllByRole('button', { name: 'Connect' })[1] as HTMLElement);

    expect(store.getState().edges.map((e) => e.id)).toContain('setBig:Failed->done');
  });

  it('never offers the start node as a target', () => {
    renderInEditor(<OutlineView onFocusNode={vi.fn()} />);

    const options = within(screen.getByLabelText('Connect Is it big? True to')).getAllByRole('option').map((o) => o.textContent);

    expect(options).not.toContain('Start');
  });

  it('disconnects and deletes from the keyboard', async () => {
    const { store } = renderInEditor(<OutlineView onFocusNode={vi.fn()} />);

    await userEvent.click(screen.getByRole('button', { name: 'Disconnect Is it big? False from done' }));
    expect(store.getState().edges.map((e) => e.id)).not.toContain('big:False->done');

    await userEvent.click(screen.getByRole('button', { name: 'Delete setBig' }));
    expect(store.getState().nodes.map((n) => n.id)).toEqual(['start', 'big', 'done']);
  });

  it('selects a node through its name', async () => {
    const onFocusNode = vi.fn();
    renderInEditor(<OutlineView onFocusNode={onFocusNode} />);

    await userEvent.click(screen.getByRole('button', { name: 'Is it big?' }));

    expect(onFocusNode).toHaveBeenCalledWith('big');
  });
});
