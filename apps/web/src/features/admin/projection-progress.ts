// 数据处理: what the projection status means to a person.
import type { ProjectionStatusQuery } from '../../gql/graphql';

export type ProjectionRow = ProjectionStatusQuery['projectionStatus'][number];

const STATE_LABELS: Readonly<Record<string, string>> = { RUNNING: '运行中', REBUILDING: '重建中', STOPPED: '已停止', FAILED: '出错' };

const PROJECTION_LABELS: Readonly<Record<string, string>> = { community_responsibility: '社区责任统计' };

/** What a projection is called on screen; one this page does not know yet keeps the server's name. */
export function projectionLabel(name: string): string {
  return PROJECTION_LABELS[name] ?? name;
}

/** The state in Chinese; a state this page does not know yet is shown as the server names it. */
export function projectionStateLabel(state: string): string {
  return STATE_LABELS[state] ?? state;
}

/** The global position in a checkpoint ("transactionId:globalPosition"). */
export function checkpointPosition(checkpoint: string): string {
  return checkpoint.split(':').at(-1) ?? checkpoint;
}

/** How far a rebuild has come, 0–100: the share of the log its new generation has applied. */
export function rebuildPercent(row: Pick<ProjectionRow, 'headPosition' | 'rebuilding'>): number | undefined {
  if (!row.rebuilding) return undefined;
  const head = Number(row.headPosition);
  if (!Number.isFinite(head) || head <= 0) return 100;
  return Math.max(0, Math.min(100, Math.floor(((head - row.rebuilding.lag) / head) * 100)));
}
