'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { cn, focusRing } from '@/components/ui/cn';
import { PlusIcon, XIcon } from '@/components/ui/icons';
import type { Me } from '@/lib/client/types';
import { Brand } from './brand';
import { NavLinks } from './nav-links';
import { OrgSwitcher } from './org-switcher';
import { SignOutButton } from './sign-out-button';
import { UserSummary } from './user-summary';

/** The navigation as a sheet from the left on narrow screens (a modal dialog: Esc closes, focus stays in). */
export function MobileNav({ id, open, onClose, me, onNewOrg }: { id: string; open: boolean; onClose: () => void; me: Me | undefined; onNewOrg: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // Following a link closes the menu.
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    onClose();
  }, [pathname, onClose]);

  return (
    <dialog
      id={id}
      ref={ref}
      aria-label="Navigation menu"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === e.currentTarget) onClose();
      }}
      className="m-0 h-dvh max-h-none w-72 max-w-[85vw] bg-white p-0 shadow-xl backdrop:bg-slate-900/50"
    >
      {open ? (
        <div className="flex h-full flex-col">
          <div className="flex h-16 items-center justify-between border-b border-slate-200 px-4">
            <Brand />
            <button type="button" onClick={onClose} aria-label="Close navigation menu" className={cn('rounded-md p-2 text-slate-500 hover:bg-slate-100', focusRing)}>
              <XIcon className="size-5" />
            </button>
          </div>
          {me ? (
            <div className="space-y-3 border-b border-slate-200 px-4 py-4">
              <OrgSwitcher me={me} />
              {me.via === 'session' ? (
                <button type="button" onClick={onNewOrg} className={cn('inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-indigo-700 hover:text-indigo-600', focusRing)}>
                  <PlusIcon className="size-4" />
                  New organisation
                </button>
              ) : null}
            </div>
          ) : null}
          <nav aria-label="Main" className="flex-1 overflow-y-auto px-3 py-4">
            <NavLinks role={me?.role} onNavigate={onClose} />
          </nav>
          <div className="flex items-center justify-between gap-2 border-t border-slate-200 px-4 py-3">
            {me ? <UserSummary me={me} /> : <span />}
            <SignOutButton />
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
