// What a person reads when a request fails: what happened and what to do next, in Chinese.
import { type ErrorCode, GraphQLRequestError } from './graphql-client';

export interface ErrorExplanation {
  readonly title: string;
  /** What to do next. */
  readonly advice: string;
}

export function explainErrorCode(code: ErrorCode): ErrorExplanation {
  switch (code) {
    case 'NETWORK_ERROR':
      return { title: '无法连接服务器', advice: '请检查网络连接后重试；如果其他人也打不开，请联系管理员。' };
    case 'BAD_RESPONSE':
      return { title: '服务器的答复无法识别', advice: '请稍后刷新页面重试；如果一直出现，请联系管理员。' };
    case 'UNAUTHENTICATED':
      return { title: '尚未登录或登录已过期', advice: '请重新登录后再试。' };
    case 'FORBIDDEN':
      return { title: '没有权限', advice: '您的账号无权查看或办理这项内容；如需权限，请联系管理员。' };
    case 'NOT_FOUND':
      return { title: '找不到这条记录', advice: '请检查页面地址，或回到列表重新查找。' };
    case 'CONFLICT':
      return { title: '记录的状态不允许这样操作', advice: '记录可能已被他人修改、作废或已结束，请刷新后查看最新情况。' };
    case 'BAD_USER_INPUT':
      return { title: '填写的内容有误', advice: '请按提示修改后再提交。' };
    case 'RECORDED_NOT_YET_COUNTED':
      return { title: '记录已保存，统计尚未更新', advice: '请不要重复提交，稍后刷新即可看到更新后的统计。' };
    case 'TOO_MANY_ATTEMPTS':
      return { title: '尝试次数过多', advice: '为保护账号安全，请 15 分钟后再试。' };
    case 'INTERNAL_SERVER_ERROR':
      return { title: '服务器出错了', advice: '这不是您操作的问题。请稍后重试；如果一直出现，请联系管理员并告知出错时间。' };
    default: {
      const unknownCode: never = code;
      return unknownCode;
    }
  }
}

/** Any thrown value, explained: the server's own words when it gave some, else the code's. */
export function explainError(error: unknown): ErrorExplanation {
  if (!(error instanceof GraphQLRequestError)) return explainErrorCode('INTERNAL_SERVER_ERROR');
  const explained = explainErrorCode(error.code);
  return error.serverMessage ? { title: explained.title, advice: error.serverMessage } : explained;
}
