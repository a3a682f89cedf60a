import { Alert } from 'antd';
import { useNavigate } from 'react-router';
import { LookAlikeList } from '../../../components/look-alike-list';
import type { ShownLookAlike } from '../../../lib/look-alikes';

/**
 * The payload's duplicate warnings, shown prominently after a save: the record IS kept; each
 * warning names the one it looks like, with a link to it, so the person can void one of the two.
 */
export function LookAlikeWarnings({ lookAlikes }: { readonly lookAlikes: readonly ShownLookAlike[] }) {
  const navigate = useNavigate();
  if (lookAlikes.length === 0) return null;
  return <Alert type="warning" showIcon role="alert" title="已保存，但可能与已有记录重复" description={<LookAlikeList lookAlikes={lookAlikes} open={(to) => void navigate(to)} />} />;
}
