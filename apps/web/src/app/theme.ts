// Design tokens: the whole look is set here, through antd's tokens, not CSS overrides.
import type { ThemeConfig } from 'antd';
import { FONT_FAMILY } from '../lib/fonts';

export const theme: ThemeConfig = {
  token: {
    // A deep red, the colour of the bureau's 文明单位 materials; white text on it passes WCAG AA.
    colorPrimary: '#b42a2a',
    colorLink: '#a32626',
    fontFamily: FONT_FAMILY,
    fontSize: 14,
    // antd's grey texts are too pale on the page background for WCAG AA (4.5:1); these pass it.
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    // Keyboard focus: antd draws links', buttons' and menus' outline in colorPrimaryBorder and
    // inputs' ring in controlOutline; both are darkened to 3:1 against white (WCAG 1.4.11).
    colorPrimaryBorder: '#c24a45',
    controlOutline: 'rgba(180, 42, 42, 0.7)',
    controlOutlineWidth: 2,
    // antd's red for errors and danger buttons (#ff4d4f) is 3.9:1 on white; this one is 5.6:1 (WCAG AA).
    colorError: '#cf1322',
    borderRadius: 6,
  },
  components: {
    Layout: { headerBg: '#ffffff', headerPadding: '0 16px', headerHeight: 56, siderBg: '#ffffff', bodyBg: '#f5f6f8' },
  },
};
