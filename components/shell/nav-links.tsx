'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useId } from 'react';
import { cn, focusRing } from '@/components/ui/cn';
import type { Role } from '@/lib/client/roles';
import { isActive, navSections } from './nav';

export function NavLinks({ role, onNavigate }: { role: Role | undefined; onNavigate?: () => void }) {
  const pathname = usePathname();
  const baseId = useId();
  return (
    <div className="space-y-5">
      {navSections(role).map(({ section, items }) => (
        <div key={section}>
          <p id={`${baseId}-${section}`} className="mb-1 px-3 text-[11px] font-semibold tracking-wider text-slate-500 uppercase">
            {section}
          </p>
          <ul className="space-y-0.5" aria-labelledby={`${baseId}-${section}`}>
            {items.map((item) => {
              const active = isActive(pathname, item.href);
              const Icon = item.icon;
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    onClick={onNavigate}
                    aria-current={active ? 'page' : undefined}
                    className={cn(
                      'flex items-center gap-3 rounded-md px-3 py-1.5 text-sm font-medium transition-colors',
                      focusRing,
                      active ? 'bg-indigo-50 text-indigo-700 shadow-[inset_3px_0_0_0] shadow-indigo-600' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900',
                    )}
                  >
                    {Icon ? <Icon className={cn('size-5', active ? 'text-indigo-600' : 'text-slate-400')} /> : null}
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
