import { CloseOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, type MenuProps, theme } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, Outlet, useLocation, useSearchParams } from 'react-router';
import { YearPicker } from '../../components/year-picker';
import { useIsPhone } from '../../hooks/use-is-phone';
import type { MenuSection } from '../../lib/pages';

type MenuItem = NonNullable<MenuProps['items']>[number];
import { PRODUCT_NAME } from '../../lib/product';
import { linkKeepingYear } from '../../lib/year';

const MAIN_ID = 'main-content';
const PHONE_MENU_ID = 'phone-menu';

interface AppLayoutProps {
  /** The signed-in person's name, roles, scope and 退出. */
  readonly account?: ReactNode;
  /** The pages the person may open, by group. */
  readonly menu: readonly MenuSection[];
}

/**
 * The shell of every page: a header (product name, year picker, the account), a side menu on
 * desktop, and on phones a menu that unfolds under the header. It unfolds in place rather than in
 * a Drawer: antd's masked Drawer locks scrolling with a <style> tag that carries no CSP nonce.
 */
export function AppLayout({ account, menu }: AppLayoutProps) {
  const { token } = theme.useToken();
  const phone = useIsPhone();
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        跳到主要内容
      </a>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 12, borderBottom: `1px solid ${token.colorBorderSecondary}`, position: 'sticky', top: 0, zIndex: 10 }}
      >
        {phone ? (
          <Button
            type="text"
            icon={menuOpen ? <CloseOutlined /> : <MenuOutlined />}
            aria-label={menuOpen ? '收起菜单' : '打开菜单'}
            aria-expanded={menuOpen}
            aria-controls={PHONE_MENU_ID}
            onClick={() => setMenuOpen((open) => !open)}
          />
        ) : null}
        <Link to="/" style={{ color: token.colorText, fontSize: token.fontSizeLG, fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 }}>
          {PRODUCT_NAME}
        </Link>
        <div style={{ flex: 1 }} />
        <YearPicker />
        {account}
      </Layout.Header>
      {phone && menuOpen ? (
        <nav id={PHONE_MENU_ID} aria-label="主菜单" style={{ background: token.colorBgContainer, borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
          <NavigationMenu menu={menu} onNavigate={() => setMenuOpen(false)} />
        </nav>
      ) : null}
      <Layout hasSider={!phone}>
        {phone ? null : (
          <Layout.Sider width={200} style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}>
            <nav aria-label="主菜单">
              <NavigationMenu menu={menu} />
            </nav>
          </Layout.Sider>
        )}
        {/* antd renders Content as the page's <main>. */}
        <Layout.Content id={MAIN_ID} tabIndex={-1} style={{ padding: phone ? 12 : 24, minWidth: 0, outline: 'none' }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

function NavigationMenu({ menu, onNavigate }: { readonly menu: readonly MenuSection[]; readonly onNavigate?: () => void }) {
  const { pathname } = useLocation();
  const [search] = useSearchParams();
  const entry = (path: string, label: string): MenuItem => ({
    key: path,
    label: (
      <Link to={linkKeepingYear(path, search)} onClick={onNavigate}>
        {label}
      </Link>
    ),
  });
  const items = menu.flatMap((section): MenuItem[] =>
    section.group === undefined
      ? section.entries.map((e) => entry(e.path, e.label))
      : [{ key: `group:${section.group}`, type: 'group' as const, label: section.group, children: section.entries.map((e) => entry(e.path, e.label)) }],
  );
  return <Menu mode="inline" selectedKeys={[pathname]} items={items} style={{ borderInlineEnd: 'none' }} />;
}
