import { Button, Result } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import type { Role } from '../../gql/graphql';
import { roleLabel } from '../../lib/labels';
import { PRODUCT_NAME } from '../../lib/product';
import { linkKeepingYear } from '../../lib/year';

/** A page the person's roles do not open. */
export function NoPermission({ roles }: { readonly roles: readonly Role[] }) {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  return (
    <>
      <title>{`没有权限 · ${PRODUCT_NAME}`}</title>
      <Result
        status="403"
        title={<h1 style={{ margin: 0, fontSize: 'inherit', fontWeight: 'inherit' }}>没有权限</h1>}
        subTitle={`您的账号（${roles.map(roleLabel).join('、') || '未分配角色'}）不能打开这个页面。如需使用，请联系管理员调整您的角色。`}
        extra={
          <Button type="primary" onClick={() => void navigate(linkKeepingYear('/', search))}>
            返回首页
          </Button>
        }
      />
    </>
  );
}
