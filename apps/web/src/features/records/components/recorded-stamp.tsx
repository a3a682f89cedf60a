import { formatInstant } from '../../../lib/format';
import { useRecordHistory } from '../api/shared';
import { whoRecorded } from '../history';

/**
 * 登记: who recorded the record and when. The record's row keeps only the login; the name as it was
 * then is on its first event, which the page's 历史 asks for anyway (one request for both). Until
 * that answers, the login.
 */
export function RecordedStamp({ id, recordedBy, recordedAt }: { readonly id: string; readonly recordedBy: string; readonly recordedAt: string }) {
  const first = useRecordHistory(id).data?.recordHistory[0];
  return <>{`${first ? whoRecorded(first) : recordedBy} · ${formatInstant(recordedAt)}`}</>;
}
