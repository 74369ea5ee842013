'use client';

import { useEffect, useState } from 'react';
import { Button } from './button';
import { CheckIcon, CopyIcon } from './icons';

/** Copies with the Clipboard API, or a hidden textarea where that is unavailable (plain-http hosts). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or not focused: try the fallback.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** `what` names the copied thing for screen readers ("Copy" alone is ambiguous when there are several). */
export function CopyButton({ value, label = 'Copy', what, size = 'sm', variant = 'secondary' }: { value: string; label?: string; what?: string; size?: 'sm' | 'md'; variant?: 'primary' | 'secondary' }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <Button variant={variant} size={size} onClick={async () => setState((await copyText(value)) ? 'copied' : 'failed')}>
      {state === 'copied' ? <CheckIcon className="size-4 text-emerald-600" /> : <CopyIcon className="size-4" />}
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select and copy' : label}</span>
      {what && state === 'idle' ? <span className="sr-only"> {what}</span> : null}
    </Button>
  );
}
