// After a save made in a dialog (the union's donations, campaigns and 帮困), the records it looks
// like, said in a modal the person closes: the record IS kept; each warning names the other one,
// with a link to it where this app shows it, so that one of the two can be voided.
import { App } from 'antd';
import { useNavigate } from 'react-router';
import type { ShownLookAlike } from '../lib/look-alikes';
import { LookAlikeList } from './look-alike-list';

/** Answers the function that shows the modal; it shows nothing when nothing looks alike. */
export function useLookAlikeModal(): (lookAlikes: readonly ShownLookAlike[]) => void {
  const { modal } = App.useApp();
  // The modal is rendered outside the router's tree, so its links navigate with this page's navigate.
  const navigate = useNavigate();
  return (lookAlikes) => {
    if (lookAlikes.length === 0) return;
    const shown = modal.warning({
      title: '已保存，但可能与已有记录重复',
      okText: '知道了',
      content: (
        <LookAlikeList
          lookAlikes={lookAlikes}
          open={(to) => {
            shown.destroy();
            void navigate(to);
          }}
        />
      ),
    });
  };
}
