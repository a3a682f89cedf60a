import { theme } from 'antd';

export interface Figure {
  readonly label: string;
  /** Already formatted, e.g. "41,620.00" or "77". */
  readonly value: string;
  /** The unit after the value: 元, 人次, 场… */
  readonly unit: string;
}

/** Headline figures as a description list: a screen reader hears each label with its value. */
export function FigureList({ figures }: { readonly figures: readonly Figure[] }) {
  const { token } = theme.useToken();
  return (
    <dl style={{ margin: 0, display: 'flex', flexWrap: 'wrap', gap: `${token.marginSM}px ${token.marginLG}px` }}>
      {figures.map((figure) => (
        <div key={figure.label}>
          <dt style={{ color: token.colorTextSecondary, fontSize: token.fontSizeSM }}>{figure.label}</dt>
          <dd style={{ margin: 0, fontSize: token.fontSizeHeading3, fontWeight: 600, lineHeight: 1.3, fontVariantNumeric: 'tabular-nums' }}>
            {figure.value}{' '}
            <span style={{ fontSize: token.fontSize, fontWeight: 400, color: token.colorTextSecondary }}>{figure.unit}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
