/**
 * Login, sessions, password changes and personal API tokens.
 * Sessions live in the database, so any server process can check any cookie and logout or a
 * password change ends them everywhere at once.
 */
import type { Services } from '../../app.types.js';
import { AppError, badRequest, notFound, unauthorized } from '../../http/errors.js';
import { newId } from '../../ports/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Actor } from './actor.js';
import { loadActor } from './actor.repository.js';
import { dummyHash, hashPassword, verifyPassword } from './passwords.js';
import { API_TOKEN_PREFIX, randomToken, sha256 } from './tokens.js';

const MINUTE = 60_000;

export interface SessionInfo {
  sessionId: string;
  csrfToken: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
}

export interface AuthResult {
  actor: Actor;
  mustChangePassword: boolean;
  session: SessionInfo | null;
}

async function checkRateLimit(s: Services, username: string, ip: string): Promise<void> {
  const since = new Date(s.clock.now().getTime() - s.config.loginWindowMinutes * MINUTE).toISOString();
  const count = async (scope: string, key: string) =>
    Number(
      (
        await s.db
          .selectFrom('login_failure')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('scope', '=', scope)
          .where('key', '=', key)
          .where('at', '>', since)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const [byAccount, byIp] = await Promise.all([count('account', username), count('ip', ip)]);
  if (byAccount >= s.config.loginMaxFailuresPerAccount || byIp >= s.config.loginMaxFailuresPerIp) {
    throw new AppError(429, 'auth.locked', { minutes: s.config.loginWindowMinutes });
  }
}

async function recordFailure(s: Services, username: string, ip: string): Promise<void> {
  const at = s.clock.now().toISOString();
  await s.db
    .insertInto('login_failure')
    .values([
      { id: newId(), scope: 'account', key: username, at },
      { id: newId(), scope: 'ip', key: ip, at },
    ])
    .execute();
}

/**
 * Checks the password (argon2id; the same cost whether or not the user exists), rate-limits by
 * account and by address, and opens a new session with a fresh token and CSRF secret.
 */
export async function login(
  s: Services,
  input: { username: string; password: string; ip: string; userAgent: string | null },
): Promise<{ token: string; result: AuthResult }> {
  const username = input.username.trim().toLowerCase();
  await checkRateLimit(s, username, input.ip);
  const user = await s.db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
  const ok = user
    ? await verifyPassword(user.password_hash, input.password)
    : (await verifyPassword(await dummyHash(), input.password), false);
  if (!user || !ok || user.active !== 1) {
    await recordFailure(s, username, input.ip);
    throw new AppError(401, 'auth.badCredentials');
  }
  await s.db.deleteFrom('login_failure').where('scope', '=', 'account').where('key', '=', username).execute();
  const token = randomToken();
  const now = s.clock.now();
  const session = {
    id: sha256(token),
    user_id: user.id,
    csrf_token: randomToken(24),
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    absolute_expires_at: new Date(now.getTime() + s.config.sessionAbsoluteHours * 60 * MINUTE).toISOString(),
    ip: input.ip,
    user_agent: input.userAgent?.slice(0, 300) ?? null,
  };
  await s.db.transaction().execute(async (trx) => {
    await trx.insertInto('session').values(session).execute();
    await recordAudit(trx, s.clock, { id: user.id }, { action: 'auth.login', entity: 'user', entityId: user.id, data: { ip: input.ip } });
  });
  const loaded = await loadActor(s.db, user.id, 'session');
  if (!loaded) throw unauthorized();
  return { token, result: { ...loaded, session: sessionInfo(s, session) } };
}

function sessionInfo(
  s: Services,
  row: { id: string; csrf_token: string; last_seen_at: string; absolute_expires_at: string },
): SessionInfo {
  const idle = new Date(new Date(row.last_seen_at).getTime() + s.config.sessionIdleMinutes * MINUTE).toISOString();
  return {
    sessionId: row.id,
    csrfToken: row.csrf_token,
    idleExpiresAt: idle < row.absolute_expires_at ? idle : row.absolute_expires_at,
    absoluteExpiresAt: row.absolute_expires_at,
  };
}

/**
 * Resolves a session cookie. Expired sessions (idle or absolute) are deleted and rejected.
 * `last_seen_at` is refreshed at most once a minute to keep reads cheap.
 */
export async function authenticateSession(s: Services, token: string): Promise<AuthResult | null> {
  const id = sha256(token);
  const row = await s.db.selectFrom('session').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const now = s.clock.now();
  const idleLimit = new Date(row.last_seen_at).getTime() + s.config.sessionIdleMinutes * MINUTE;
  if (now.getTime() >= idleLimit || now.toISOString() >= row.absolute_expires_at) {
    await s.db.deleteFrom('session').where('id', '=', id).execute();
    return null;
  }
  const loaded = await loadActor(s.db, row.user_id, 'session');
  if (!loaded) {
    await s.db.deleteFrom('session').where('id', '=', id).execute();
    return null;
  }
  if (now.getTime() - new Date(row.last_seen_at).getTime() > MINUTE) {
    row.last_seen_at = now.toISOString();
    await s.db.updateTable('session').set({ last_seen_at: row.last_seen_at }).where('id', '=', id).execute();
  }
  return { ...loaded, session: sessionInfo(s, row) };
}

export async function authenticateApiToken(s: Services, token: string): Promise<AuthResult | null> {
  const row = await s.db
    .selectFrom('api_token')
    .selectAll()
    .where('token_hash', '=', sha256(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  const now = s.clock.now().toISOString();
  if (!row || (row.expires_at && row.expires_at <= now)) return null;
  const loaded = await loadActor(s.db, row.user_id, 'token');
  if (!loaded) return null;
  await s.db.updateTable('api_token').set({ last_used_at: now }).where('id', '=', row.id).execute();
  return { ...loaded, session: null };
}

export async function logout(s: Services, actor: Actor, sessionId: string): Promise<void> {
  await s.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('session').where('id', '=', sessionId).execute();
    await recordAudit(trx, s.clock, actor, { action: 'auth.logout', entity: 'user', entityId: actor.id });
  });
}

/** Changes the password and ends every other session of the user (the current one survives). */
export async function changePassword(
  s: Services,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; keepSessionId: string | null },
): Promise<void> {
  const user = await s.db.selectFrom('app_user').selectAll().where('id', '=', actor.id).executeTakeFirst();
  if (!user) throw notFound();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) throw badRequest('auth.wrongPassword');
  if (input.currentPassword === input.newPassword) throw badRequest('auth.samePassword');
  const password_hash = await hashPassword(input.newPassword);
  await s.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ password_hash, must_change_password: 0, updated_at: s.clock.now().toISOString() })
      .where('id', '=', actor.id)
      .execute();
    let del = trx.deleteFrom('session').where('user_id', '=', actor.id);
    if (input.keepSessionId) del = del.where('id', '!=', input.keepSessionId);
    await del.execute();
    await recordAudit(trx, s.clock, actor, { action: 'auth.passwordChange', entity: 'user', entityId: actor.id });
  });
}

export async function listApiTokens(s: Services, actor: Actor) {
  const rows = await s.db
    .selectFrom('api_token')
    .selectAll()
    .where('user_id', '=', actor.id)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(presentToken);
}

function presentToken(r: { id: string; name: string; prefix: string; created_at: string; expires_at: string | null; last_used_at: string | null }) {
  return { id: r.id, name: r.name, prefix: r.prefix, createdAt: r.created_at, expiresAt: r.expires_at, lastUsedAt: r.last_used_at };
}

/** Creates a token and returns it once; only its SHA-256 is stored. */
export async function createApiToken(s: Services, actor: Actor, input: { name: string; expiresInDays?: number }) {
  const prefix = randomToken(6).slice(0, 8);
  const token = `${API_TOKEN_PREFIX}${prefix}_${randomToken(32)}`;
  const now = s.clock.now();
  const row = {
    id: newId(now.getTime()),
    user_id: actor.id,
    name: input.name,
    prefix: `${API_TOKEN_PREFIX}${prefix}`,
    token_hash: sha256(token),
    created_at: now.toISOString(),
    expires_at: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 24 * 60 * MINUTE).toISOString() : null,
    last_used_at: null,
    revoked_at: null,
  };
  await s.db.transaction().execute(async (trx) => {
    await trx.insertInto('api_token').values(row).execute();
    await recordAudit(trx, s.clock, actor, { action: 'apiToken.create', entity: 'api_token', entityId: row.id, data: { name: row.name, expiresAt: row.expires_at } });
  });
  return { ...presentToken(row), token };
}

export async function revokeApiToken(s: Services, actor: Actor, id: string): Promise<void> {
  await s.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('api_token')
      .set({ revoked_at: s.clock.now().toISOString() })
      .where('id', '=', id)
      .where('user_id', '=', actor.id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw notFound('auth.tokenNotFound');
    await recordAudit(trx, s.clock, actor, { action: 'apiToken.revoke', entity: 'api_token', entityId: id });
  });
}
