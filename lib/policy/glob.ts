/**
 * Model and tool-name globs (`gpt-4o*`, `anthropic/*`, `fs.*`): `*` matches any run of characters,
 * `?` one character; everything else is literal. Compiled once and cached.
 */
const compiled = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = compiled.get(glob);
  if (!re) {
    const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    re = new RegExp(`^${body}$`, 'i');
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(glob, re);
  }
  return re;
}

export function matchesGlob(value: string, glob: string): boolean {
  return globToRegExp(glob).test(value);
}

export function matchesAny(value: string, globs: readonly string[]): boolean {
  return globs.some((g) => matchesGlob(value, g));
}
