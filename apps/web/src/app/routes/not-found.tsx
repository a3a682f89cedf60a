import { Button, Result } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { linkKeepingYear } from '../../lib/year';
import { PRODUCT_NAME } from '../../lib/product';

/** Any address the app does not know. */
export function NotFoundRoute() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  return (
    <>
      <title>{`页面不存在 · ${PRODUCT_NAME}`}</title>
      <Result
        status="404"
        title={<h1 style={{ margin: 0, fontSize: 'inherit', fontWeight: 'inherit' }}>页面不存在</h1>}
        subTitle="您访问的页面不存在，可能是地址有误，或页面已经调整。请从菜单进入，或返回首页。"
        extra={
          <Button type="primary" onClick={() => void navigate(linkKeepingYear('/', search))}>
            返回首页
          </Button>
        }
      />
    </>
  );
}
