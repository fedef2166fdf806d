import type { MessageTable } from '../../http/messages.js';

export const authMessages: MessageTable = {
  'auth.badCredentials': { zh: '用户名或密码错误', en: 'Wrong username or password' },
  'auth.locked': { zh: '登录失败次数过多，请 {minutes} 分钟后再试', en: 'Too many failed logins; try again in {minutes} minutes' },
  'auth.sessionExpired': { zh: '会话已过期，请重新登录', en: 'Your session has expired; please log in again' },
  'auth.csrf': { zh: '安全校验失败（CSRF），请刷新页面后重试', en: 'Security check failed (CSRF); reload the page and try again' },
  'auth.badOrigin': { zh: '请求来源不被允许', en: 'Request origin not allowed' },
  'auth.wrongPassword': { zh: '当前密码不正确', en: 'The current password is wrong' },
  'auth.samePassword': { zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
  'auth.mustChangePassword': { zh: '请先修改初始密码', en: 'Please change your initial password first' },
  'auth.tokenInvalid': { zh: 'API 令牌无效或已过期', en: 'The API token is invalid or expired' },
  'auth.tokenNotFound': { zh: '找不到该 API 令牌', en: 'API token not found' },
};
