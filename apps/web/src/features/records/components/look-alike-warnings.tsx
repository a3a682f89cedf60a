import { Alert } from 'antd';
import { Link } from 'react-router';
import { lookAlikeHref, type ShownLookAlike } from '../../../lib/look-alikes';

/**
 * The payload's duplicate warnings, shown prominently after a save: the record IS kept; each
 * warning names the one it looks like, with a link to it, so the person can void one of the two.
 */
export function LookAlikeWarnings({ lookAlikes }: { readonly lookAlikes: readonly ShownLookAlike[] }) {
  if (lookAlikes.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title="已保存，但可能与已有记录重复"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {lookAlikes.map((lookAlike) => {
            const to = lookAlikeHref(lookAlike);
            return (
              <li key={lookAlike.recordId}>
                {lookAlike.warning}
                {to ? (
                  <>
                    {' '}
                    <Link to={to} style={{ textDecoration: 'underline' }}>
                      查看那条记录
                    </Link>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      }
    />
  );
}
