/**
 * The publication time as the reader should read it (issue #14): in the reader's own time zone,
 * with the zone named when it differs from the one the article states, and no time at all when
 * the article's time has no zone (a wrong hour is worse than none). Pure: the reader's zone and
 * locale are parameters (defaults: the runtime's), so tests pin them.
 */

/** ISO 8601 as sites write it: date, optional time, optional zone (Z or ±hh:mm / ±hhmm). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export interface DateOptions {
  /** BCP 47 locale the date is written in */
  locale: string;
  /** the reader's IANA time zone; default: the runtime's */
  timeZone?: string;
  /**
   * Vertical Japanese or Chinese: the time written with its units (10時12分), which reads
   * better set vertically than "10:12" with a colon standing upright. The units to use.
   */
  units?: { hour: string; minute: string };
}

function offsetMinutes(zone: string): number {
  if (/^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** The reader's UTC offset at `d`, in minutes, from the zone's "GMT+09:00" name. */
function readerOffset(d: Date, timeZone: string | undefined): number | null {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(d)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (!name) return null;
    if (name === 'GMT') return 0;
    return offsetMinutes(name.replace(/^GMT/, ''));
  } catch {
    return null;
  }
}

function dateOnly(y: number, m: number, d: number, locale: string): string | null {
  const utc = new Date(Date.UTC(y, m - 1, d));
  if (Number.isNaN(utc.getTime()) || utc.getUTCMonth() !== m - 1) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(utc);
}

export function formatPublished(iso: string | null | undefined, opts: DateOptions): string | null {
  if (!iso) return null;
  const s = iso.trim();
  const m = ISO.exec(s);
  if (!m) return null;
  const [, y, mo, d, hh, mm, , zone] = m;
  // no time, or a time without its zone: the calendar date as written, no hour
  if (hh === undefined || !zone) return dateOnly(Number(y), Number(mo), Number(d), opts.locale);
  const at = new Date(s.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(at.getTime()) || Number(hh) > 23 || Number(mm) > 59) return null;
  const mine = readerOffset(at, opts.timeZone);
  const named = mine === null || mine !== offsetMinutes(zone);
  if (opts.units) {
    try {
      const parts = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23', timeZone: opts.timeZone }).formatToParts(at);
      const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
      const day = dateOnly(get('year'), get('month'), get('day'), opts.locale);
      return `${day} ${get('hour')}${opts.units.hour}${get('minute')}${opts.units.minute}${named ? ` ${zoneName(at, opts)}` : ''}`;
    } catch {
      /* fall through to the plain form */
    }
  }
  // dateStyle/timeStyle cannot be combined with timeZoneName: the zone is appended
  try {
    return new Intl.DateTimeFormat(opts.locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: opts.timeZone,
    })
      .format(at)
      .concat(named ? ` ${zoneName(at, opts)}` : '');
  } catch {
    return dateOnly(Number(y), Number(mo), Number(d), opts.locale);
  }
}

/** The reader's zone as the locale names it briefly ("JST", "GMT+9", "EDT"). */
function zoneName(at: Date, opts: DateOptions): string {
  try {
    return (
      new Intl.DateTimeFormat(opts.locale, { timeZone: opts.timeZone, timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName')
        ?.value ?? ''
    );
  } catch {
    return '';
  }
}
