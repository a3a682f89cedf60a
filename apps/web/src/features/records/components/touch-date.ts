import { useIsPhone } from '../../../hooks/use-is-phone';

/** A DatePicker's props: Chinese dates, and on a touch screen a calendar without a keyboard covering it. */
export function useTouchDateProps() {
  const phone = useIsPhone();
  return { inputReadOnly: phone, style: { width: '100%' }, format: 'YYYY年M月D日', placement: 'bottomLeft' as const };
}
