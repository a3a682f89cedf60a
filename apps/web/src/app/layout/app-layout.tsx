import { CloseOutlined, MenuOutlined } from '@ant-design/icons';
import { Button, Grid, Layout, Menu, theme } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, Outlet, useLocation, useSearchParams } from 'react-router';
import { YearPicker } from '../../components/year-picker';
import { linkKeepingYear } from '../../lib/year';
import { NAVIGATION } from '../navigation';
import { PRODUCT_NAME } from '../product';

const MAIN_ID = 'main-content';
const PHONE_MENU_ID = 'phone-menu';

interface AppLayoutProps {
  /** The signed-in person's name, roles, scope and 退出: the accounts work puts them here. */
  readonly account?: ReactNode;
}

/**
 * The shell of every page: a header (product name, year picker, the account), a side menu on
 * desktop, and on phones a menu that unfolds under the header. It unfolds in place rather than in
 * a Drawer: antd's masked Drawer locks scrolling with a <style> tag that carries no CSP nonce.
 */
export function AppLayout({ account }: AppLayoutProps) {
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  // Until the first measurement, assume a desktop: most people use one.
  const phone = screens.md === false;
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
        <Link to="/" style={{ color: token.colorText, fontSize: token.fontSizeLG, fontWeight: 600, whiteSpace: 'nowrap' }}>
          {PRODUCT_NAME}
        </Link>
        <div style={{ flex: 1 }} />
        <YearPicker />
        {account}
      </Layout.Header>
      {phone && menuOpen ? (
        <nav id={PHONE_MENU_ID} aria-label="主菜单" style={{ background: token.colorBgContainer, borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
          <NavigationMenu onNavigate={() => setMenuOpen(false)} />
        </nav>
      ) : null}
      <Layout hasSider={!phone}>
        {phone ? null : (
          <Layout.Sider width={200} style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}>
            <nav aria-label="主菜单">
              <NavigationMenu />
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

function NavigationMenu({ onNavigate }: { readonly onNavigate?: () => void }) {
  const { pathname } = useLocation();
  const [search] = useSearchParams();
  const items = NAVIGATION.map((item) => ({
    key: item.path,
    label: (
      <Link to={linkKeepingYear(item.path, search)} onClick={onNavigate}>
        {item.label}
      </Link>
    ),
  }));
  return <Menu mode="inline" selectedKeys={[pathname]} items={items} style={{ borderInlineEnd: 'none' }} />;
}
