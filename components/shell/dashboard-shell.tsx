'use client';

import { useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cn, focusRing } from '@/components/ui/cn';
import { MenuIcon, PlusIcon } from '@/components/ui/icons';
import { Spinner } from '@/components/ui/spinner';
import { ApiError, errorMessage } from '@/lib/client/api';
import { useMe } from '@/lib/client/queries';
import { Brand } from './brand';
import { MobileNav } from './mobile-nav';
import { NavLinks } from './nav-links';
import { NewOrgDialog } from './new-org-dialog';
import { OrgSwitcher } from './org-switcher';
import { RedirectToSignIn } from './redirect-to-sign-in';
import { SignOutButton } from './sign-out-button';
import { UserSummary } from './user-summary';

const MOBILE_NAV_ID = 'mobile-navigation';

/** The signed-in frame: sidebar (a menu sheet on narrow screens), top bar, and the page. */
export function DashboardShell({ children }: { children: ReactNode }) {
  const me = useMe();
  const [menuOpen, setMenuOpen] = useState(false);
  const [newOrgOpen, setNewOrgOpen] = useState(false);

  if (me.error instanceof ApiError && me.error.status === 401) return <RedirectToSignIn />;

  return (
    <div>
      <a href="#main" className={cn('sr-only rounded-md bg-white px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50', focusRing)}>
        Skip to content
      </a>

      <div className="min-h-screen lg:flex">
        {/* The column stretches with the page (border and background to the bottom); its content sticks. */}
        <aside className="hidden border-r border-slate-200 bg-white lg:block lg:w-64 lg:shrink-0">
          <div className="sticky top-0 flex h-screen flex-col">
            <div className="flex h-16 shrink-0 items-center border-b border-slate-200 px-5">
              <Brand />
            </div>
            <nav aria-label="Main" className="flex-1 overflow-y-auto px-3 py-5">
              <NavLinks role={me.data?.role} />
            </nav>
          </div>
        </aside>

        <div className="min-w-0 flex-1">
          <header className="sticky top-0 z-20 flex h-16 items-center gap-3 border-b border-slate-200 bg-white/95 px-4 backdrop-blur sm:px-6 lg:px-8">
            <button
              type="button"
              onClick={() => setMenuOpen(true)}
              aria-label="Open navigation menu"
              aria-expanded={menuOpen}
              aria-controls={MOBILE_NAV_ID}
              className={cn('-ml-1 rounded-md p-2 text-slate-600 hover:bg-slate-100 lg:hidden', focusRing)}
            >
              <MenuIcon className="size-5" />
            </button>
            <div className="min-w-0 lg:hidden">
              <Brand />
            </div>

            <div className="hidden min-w-0 items-center gap-4 lg:flex">
              {me.data ? (
                <>
                  <OrgSwitcher me={me.data} />
                  {me.data.via === 'session' ? (
                    <Button variant="ghost" size="sm" onClick={() => setNewOrgOpen(true)}>
                      <PlusIcon className="size-4" />
                      New organisation
                    </Button>
                  ) : null}
                </>
              ) : me.isPending ? (
                <Spinner label="Loading your organisation" />
              ) : null}
            </div>

            <div className="ml-auto flex items-center gap-2 sm:gap-4">
              {me.data ? (
                <div className="hidden sm:block">
                  <UserSummary me={me.data} />
                </div>
              ) : null}
              <SignOutButton compact />
            </div>
          </header>

          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl px-4 py-6 outline-none sm:px-6 sm:py-8 lg:px-8">
            {me.error ? (
              <Alert
                tone="error"
                title="Could not load your account"
                className="mb-6"
                action={
                  <Button variant="secondary" size="sm" onClick={() => void me.refetch()}>
                    Retry
                  </Button>
                }
              >
                {errorMessage(me.error)}
              </Alert>
            ) : null}
            {children}
          </main>
        </div>
      </div>

      <MobileNav
        id={MOBILE_NAV_ID}
        open={menuOpen}
        onClose={() => setMenuOpen(false)}
        me={me.data}
        onNewOrg={() => {
          setMenuOpen(false);
          setNewOrgOpen(true);
        }}
      />
      <NewOrgDialog open={newOrgOpen} onClose={() => setNewOrgOpen(false)} />
    </div>
  );
}
