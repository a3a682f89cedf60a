// After a correction on a record's page: the page again, in the year the corrected date places it
// (a new date may move the record to another year), with what the correction looks like said on
// it as after a new record's save.
import { useNavigate, useSearchParams } from 'react-router';
import type { ShownLookAlike } from '../../../lib/look-alikes';
import { searchWithYear } from '../../../lib/year';
import type { SavedState } from './new-record-page';

export function useFollowCorrection(): (date: string, lookAlikes: readonly ShownLookAlike[]) => void {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  return (date, lookAlikes) => {
    // Replacing the entry also replaces what an earlier save handed over: only this one's are said.
    const state: SavedState = { lookAlikes };
    void navigate({ search: searchWithYear(search, Number(date.slice(0, 4))).toString() }, { replace: true, state });
  };
}
