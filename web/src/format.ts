// Words the app shows for the API's codes. Allegation categories read as what is alleged,
// never as what someone is.
const CATEGORY: Record<string, string> = {
  organized_crime: 'ties to organized crime',
  drug_trafficking: 'drug trafficking',
  corruption: 'corruption',
  money_laundering: 'money laundering',
  violence: 'violence',
  electoral: 'electoral wrongdoing',
  other: 'other wrongdoing',
};

export function categoryLabel(category: string): string {
  return CATEGORY[category] ?? category.replace(/_/g, ' ');
}

export const CATEGORIES = Object.keys(CATEGORY);

const VERIFICATION: Record<string, { label: string; hint: string }> = {
  confirmed: { label: 'Confirmed by an authority', hint: 'An authority or court established it, as reported (e.g. a conviction).' },
  disputed: { label: 'Disputed', hint: 'The report says other evidence contests it.' },
  unverified: { label: 'Unverified', hint: 'The report says it could not be verified.' },
  unstated: { label: 'Verification not stated', hint: 'The report does not say whether it was verified.' },
};

export function verificationLabel(v: string): { label: string; hint: string } {
  return VERIFICATION[v] ?? { label: v, hint: '' };
}

const STANCE: Record<string, string> = {
  denies: 'Denied',
  confirms: 'Confirmed',
  declines_comment: 'Declined to comment',
  no_response: 'Did not respond',
  not_denied: 'Did not deny',
};

export function stanceLabel(stance: string): string {
  return STANCE[stance] ?? stance.replace(/_/g, ' ');
}

const SOURCE_KIND: Record<string, string> = {
  named: 'named source',
  anonymous: 'anonymous source',
  document: 'document',
  outlet: "the outlet's own reporting",
};

export function sourceKindLabel(kind: string): string {
  return SOURCE_KIND[kind] ?? kind;
}

const EDGE: Record<string, string> = {
  co_mention: 'named together',
  alleged_link: 'alleged link',
  position_in: 'position in',
  member_of: 'member of',
  responded_to: 'responded to',
};

export function edgeLabel(type: string): string {
  return EDGE[type] ?? type;
}

export function eventLabel(kind: string): string {
  return kind === 'immunity_removal' ? 'immunity removal' : kind.replace(/_/g, ' ');
}

/** A document's date for lists: its publication date, else the day it was ingested. */
export function reportDate(d: { published: string | null; ingestedAt?: string }): string {
  return d.published ?? (d.ingestedAt ? `${d.ingestedAt.slice(0, 10)} (ingested)` : 'undated');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
