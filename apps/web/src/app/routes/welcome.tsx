// 首页 for a person whose roles read no totals (a 记录员, a 财务): where their work is.
import { Card, Flex, List, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { useMe } from '../../features/auth';
import { roleLabel } from '../../lib/labels';
import { menuFor } from '../../lib/pages';
import { linkKeepingYear } from '../../lib/year';
import { PAGES } from '../pages';

export function WelcomeRoute() {
  const account = useMe().data;
  const [search] = useSearchParams();
  if (!account) return null;
  const work = menuFor(PAGES, account.roles).flatMap((section) => section.entries.filter((entry) => entry.path !== '/'));
  return (
    <Flex vertical gap={16}>
      <PageHeader title="首页" description={`${account.displayName}，您好。您的角色：${account.roles.map(roleLabel).join('、')}。`} />
      <Card title={<h2 className="card-heading">要办理的事项</h2>}>
        {work.length === 0 ? (
          <Typography.Paragraph style={{ margin: 0 }}>您的角色目前没有需要在这里办理的事项。如需其他权限，请联系管理员。</Typography.Paragraph>
        ) : (
          <List
            dataSource={work}
            renderItem={(entry) => (
              <List.Item>
                <Link to={linkKeepingYear(entry.path, search)}>{entry.label}</Link>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}
