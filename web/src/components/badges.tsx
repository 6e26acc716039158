// Small labels: how an allegation stands (verification), how its subject answered (stance),
// and what kind of entity a name is.
import { stanceLabel, verificationLabel } from '../format.js';

export function VerificationBadge({ value }: { value: string }) {
  const v = verificationLabel(value);
  return <span className={`badge verification-${value}`} title={v.hint}>{v.label}</span>;
}

export function StanceBadge({ value }: { value: string }) {
  return <span className={`badge stance-${value}`}>{stanceLabel(value)}</span>;
}

export function KindBadge({ kind, orgType }: { kind: string; orgType?: string | null }) {
  const label = orgType ? orgType.replace(/_/g, ' ') : kind;
  return <span className={`badge kind-${kind}`}>{label}</span>;
}

export function AllegationTag() {
  return <span className="badge allegation-tag">Allegation</span>;
}
