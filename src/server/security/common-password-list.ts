/** Fewest characters a list entry needs to be kept: shorter ones already fail the length rule. */
export const COMMON_PASSWORD_MIN_LENGTH = 6;

let cached: Promise<ReadonlySet<string>> | undefined;

/** Lower-cases the entries and keeps those of at least COMMON_PASSWORD_MIN_LENGTH characters. */
export function buildCommonPasswordSet(entries: Iterable<string>): ReadonlySet<string> {
  const set = new Set<string>();
  for (const entry of entries) {
    const lowered = entry.normalize('NFC').toLowerCase();
    if ([...lowered].length >= COMMON_PASSWORD_MIN_LENGTH) set.add(lowered);
  }
  return set;
}

/** The common-password list of @zxcvbn-ts/language-common as a Set, loaded once and cached. */
export function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  // Imported lazily: the package ships its ~49 000 passwords compressed and decompresses them on
  // import, which only the password-checking routes need to pay for.
  cached ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => buildCommonPasswordSet(dictionary['passwords-common']),
    (error: unknown) => {
      cached = undefined;
      throw error;
    },
  );
  return cached;
}
