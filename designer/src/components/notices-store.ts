import { create } from 'zustand';

export type NoticeTone = 'info' | 'success' | 'error';

export interface Notice {
  id: number;
  tone: NoticeTone;
  message: string;
}

interface NoticeState {
  notices: Notice[];
  push: (message: string, tone?: NoticeTone) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Short status messages, shown as toasts and announced to screen readers. */
export const useNotices = create<NoticeState>((set) => ({
  notices: [],
  push: (message, tone = 'info') => {
    const id = nextId++;
    set((state) => ({ notices: [...state.notices.slice(-3), { id, tone, message }] }));
    setTimeout(() => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })), tone === 'error' ? 10_000 : 5_000);
  },
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
}));

export const notify = (message: string, tone?: NoticeTone) => useNotices.getState().push(message, tone);
