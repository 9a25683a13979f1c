/*
 * A date in words, as the core writes it in messages and the editor's status item shows it: written once, here,
 * because both sides use it (the shared folder imports nothing).
 */

const MONTH_NAMES = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A date in words: "12 juli 2022" / "12 July 2022" for `2022-07-12`; "juli 2022" for `2022-07`; "2022" for a year.
 * Anything else is returned as written.
 */
export function formatDate(isoDate: string | undefined, taal: 'nl' | 'en'): string {
  if (!isoDate) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(isoDate);
  if (!m) return isoDate;
  const month = m[2] ? MONTH_NAMES[taal][Number(m[2]) - 1] : undefined;
  if (m[2] && !month) return isoDate;
  return [m[3] && month ? String(Number(m[3])) : '', month ?? '', m[1]].filter(Boolean).join(' ');
}
