// 首页: the year's figures for those whose roles read them (docs/design.md §7: COMPILER, ADMIN),
// and for everyone else the way to their work.
import { useMe } from '../../features/auth';
import { HomeRoute } from './home';
import { WelcomeRoute } from './welcome';

/** The roles the server answers `communityResponsibility` for. */
const READS_TOTALS = ['COMPILER', 'ADMIN'] as const;

export function IndexRoute() {
  const roles = useMe().data?.roles ?? [];
  return roles.some((role) => (READS_TOTALS as readonly string[]).includes(role)) ? <HomeRoute /> : <WelcomeRoute />;
}

export { IndexRoute as Component };
