/** The create-key form's values, and how they become a `POST /api/v1/keys` body. */

export interface KeyFormValues {
  name: string;
  environment: 'live' | 'test';
  /** `yyyy-mm-dd` from a date input; the key stops working at the end of that day, local time. */
  expiresOn: string;
  /** Comma- or newline-separated model ids or globs. */
  models: string;
  rpm: string;
  tpm: string;
  budget: string;
  budgetPeriod: 'day' | 'month';
}

export const EMPTY_KEY_FORM: KeyFormValues = { name: '', environment: 'live', expiresOn: '', models: '', rpm: '', tpm: '', budget: '', budgetPeriod: 'month' };

export interface CreateKeyRequest {
  name: string;
  environment: 'live' | 'test';
  expires_at?: string;
  models?: string[];
  rate_limit_rpm?: number;
  rate_limit_tpm?: number;
  budget_usd?: number;
  budget_period?: 'day' | 'month';
}

export type KeyFormErrors = Partial<Record<keyof KeyFormValues, string>>;

/** Same rule as the API's, so most mistakes are caught before a round trip. */
const MODEL_GLOB = /^[A-Za-z0-9._:/*@-]+$/;

export function parseModelList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function positiveInt(text: string, max: number): number | string {
  if (!/^\d+$/.test(text)) return 'a whole number';
  const n = Number(text);
  if (n <= 0) return 'more than zero';
  if (n > max) return `at most ${max.toLocaleString('en-US')}`;
  return n;
}

export function keyFormToRequest(values: KeyFormValues, now: Date = new Date()): { request: CreateKeyRequest } | { errors: KeyFormErrors } {
  const errors: KeyFormErrors = {};
  const request: CreateKeyRequest = { name: values.name.trim(), environment: values.environment };
  if (!request.name) errors.name = 'Give the key a name.';
  else if (request.name.length > 100) errors.name = 'At most 100 characters.';

  if (values.expiresOn) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.expiresOn);
    const end = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59, 999) : null;
    if (!end || Number.isNaN(end.getTime())) errors.expiresOn = 'Pick a date.';
    else if (end.getTime() <= now.getTime()) errors.expiresOn = 'Pick a date in the future.';
    else request.expires_at = end.toISOString();
  }

  const models = parseModelList(values.models);
  const bad = models.find((m) => !MODEL_GLOB.test(m) || m.length > 200);
  if (bad) errors.models = `"${bad}" is not a model id or glob (letters, digits and . _ : / * @ -).`;
  else if (models.length > 100) errors.models = 'At most 100 entries.';
  else if (models.length) request.models = models;

  if (values.rpm.trim()) {
    const v = positiveInt(values.rpm.trim(), 1_000_000);
    if (typeof v === 'string') errors.rpm = `Requests per minute must be ${v}.`;
    else request.rate_limit_rpm = v;
  }
  if (values.tpm.trim()) {
    const v = positiveInt(values.tpm.trim(), 1_000_000_000);
    if (typeof v === 'string') errors.tpm = `Tokens per minute must be ${v}.`;
    else request.rate_limit_tpm = v;
  }
  if (values.budget.trim()) {
    const text = values.budget.trim().replace(/^\$/, '');
    const v = /^\d+(\.\d{1,2})?$/.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(v) || v <= 0) errors.budget = 'Budget must be an amount in US dollars, such as 25 or 12.50.';
    else if (v > 1_000_000) errors.budget = 'Budget must be at most $1,000,000.';
    else {
      request.budget_usd = v;
      request.budget_period = values.budgetPeriod;
    }
  }
  return Object.keys(errors).length ? { errors } : { request };
}

/** Maps an API validation field back to the form field it came from. */
export function keyFieldFromApi(field: string | undefined): keyof KeyFormValues | undefined {
  if (!field) return undefined;
  const head = field.split('.')[0];
  const map: Record<string, keyof KeyFormValues> = {
    name: 'name',
    environment: 'environment',
    expires_at: 'expiresOn',
    models: 'models',
    rate_limit_rpm: 'rpm',
    rate_limit_tpm: 'tpm',
    budget_usd: 'budget',
    budget_period: 'budgetPeriod',
  };
  return map[head];
}
