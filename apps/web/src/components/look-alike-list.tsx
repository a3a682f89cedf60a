// The records a save looks like, as a list: each warning as the server said it, and a link to the
// record where this app shows it (lib/look-alikes.ts). One home for both places that say them: the
// record page's alert and the union dialogs' modal.
import { lookAlikeHref, type ShownLookAlike } from '../lib/look-alikes';

/** `open` follows a link: the modal is rendered outside the router, so each place navigates its own way. */
export function LookAlikeList({ lookAlikes, open }: { readonly lookAlikes: readonly ShownLookAlike[]; readonly open: (to: string) => void }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {lookAlikes.map((lookAlike) => {
        const to = lookAlikeHref(lookAlike);
        return (
          <li key={lookAlike.recordId}>
            {lookAlike.warning}
            {to ? (
              <>
                {' '}
                <a
                  href={to}
                  style={{ textDecoration: 'underline' }}
                  onClick={(event) => {
                    event.preventDefault();
                    open(to);
                  }}
                >
                  查看那条记录
                </a>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
