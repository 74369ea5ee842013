'use client';

import { useState, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { Input, Textarea } from '@/components/ui/input';
import type { ControlProps } from '@/components/ui/field';
import { listFromText, listToText, numberFromText } from '@/lib/client/policy-form';

/**
 * Text boxes over a non-text value (a list, a number). They keep what the person typed (so
 * "gpt-4o, " keeps its comma while they type) and take the value afresh when it changes from
 * elsewhere, e.g. the JSON view.
 */
function useSyncedText<T>(value: T, format: (v: T) => string, same: (text: string, v: T) => boolean): [string, (t: string) => void] {
  const [text, setText] = useState(() => format(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (!same(text, value)) setText(format(value));
  }
  return [text, setText];
}

const sameList = (text: string, v: unknown) => JSON.stringify(listFromText(text)) === JSON.stringify(Array.isArray(v) ? v : []);

export function ListInput({ value, onChange, multiline, control, ...rest }: { value: unknown; onChange: (list: string[] | undefined) => void; multiline?: boolean; control: ControlProps } & Omit<InputHTMLAttributes<HTMLInputElement> & TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>) {
  const [text, setText] = useSyncedText(value, listToText, sameList);
  const change = (t: string) => {
    setText(t);
    const list = listFromText(t);
    onChange(list.length ? list : undefined);
  };
  return multiline ? <Textarea {...control} {...rest} value={text} onChange={(e) => change(e.target.value)} className="min-h-20 font-mono" /> : <Input {...control} {...rest} value={text} onChange={(e) => change(e.target.value)} />;
}

const formatNumber = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const sameNumber = (text: string, v: unknown) => numberFromText(text) === v;

export function NumberInput({ value, onChange, control, ...rest }: { value: unknown; onChange: (n: number | string | undefined) => void; control: ControlProps } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const [text, setText] = useSyncedText(value, formatNumber, sameNumber);
  return (
    <Input
      {...control}
      {...rest}
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(numberFromText(e.target.value));
      }}
    />
  );
}
