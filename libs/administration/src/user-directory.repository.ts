import type { EntityManager } from 'typeorm';
import type { CaseRole } from '#libs/lifecycle';
import { isUniqueViolation } from '#libs/persistence';
import type { UserView } from './user.view.js';

/** The unique index on (tenant_id, lower(email)) of app_user. */
const EMAIL_KEY = 'app_user_email_key';

export interface NewUser {
  email: string;
  displayName: string;
  role: CaseRole;
  passwordHash: string;
  liaisonAreas: string[];
  /** A one-time password: its owner must change it at the first login. */
  passwordChangeRequired: boolean;
}

export interface UserChanges {
  displayName?: string;
  role?: CaseRole;
  liaisonAreas?: string[];
  /** Ends every token issued to the user so far. */
  raiseSessionEpoch: boolean;
}

/** The SQL of accounts for administration, always scoped by tenant. No query here reads password_hash. */
export class UserDirectoryRepository {
  constructor(private readonly manager: EntityManager) {}

  async list(tenantId: string, userId: string | null = null): Promise<UserView[]> {
    return this.manager.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.role, u.liaison_areas AS "liaisonAreas", u.created_at AS "createdAt",
              coalesce(json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name) FILTER (WHERE o.id IS NOT NULL), '[]') AS organizations
         FROM app_user u
         LEFT JOIN organization_member m ON m.tenant_id = u.tenant_id AND m.user_id = u.id
         LEFT JOIN organization o ON o.tenant_id = m.tenant_id AND o.id = m.organization_id
        WHERE u.tenant_id = $1 AND ($2::uuid IS NULL OR u.id = $2::uuid)
        GROUP BY u.id
        ORDER BY array_position(ARRAY['admin', 'officer', 'reviewer', 'approver', 'finance', 'applicant'], u.role), lower(u.email), u.id`,
      [tenantId, userId],
    );
  }

  async find(tenantId: string, userId: string): Promise<UserView | null> {
    return (await this.list(tenantId, userId))[0] ?? null;
  }

  /** The user's role, locked with the row until the transaction ends; null when there is no such user. */
  async lockRole(tenantId: string, userId: string): Promise<CaseRole | null> {
    const [row]: Array<{ role: CaseRole }> = await this.manager.query(`SELECT role FROM app_user WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [
      tenantId,
      userId,
    ]);
    return row?.role ?? null;
  }

  /** The new user's id, or null when the tenant already has the email (in any case). */
  async insert(tenantId: string, user: NewUser): Promise<string | null> {
    try {
      const [row]: Array<{ id: string }> = await this.manager.query(
        `INSERT INTO app_user (tenant_id, email, display_name, role, password_hash, liaison_areas, password_change_required)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [tenantId, user.email, user.displayName, user.role, user.passwordHash, user.liaisonAreas, user.passwordChangeRequired],
      );
      return row!.id;
    } catch (error) {
      if (isUniqueViolation(error, EMAIL_KEY)) return null;
      throw error;
    }
  }

  async update(tenantId: string, userId: string, changes: UserChanges): Promise<void> {
    await this.manager.query(
      `UPDATE app_user
          SET display_name = coalesce($3, display_name),
              role = coalesce($4, role),
              liaison_areas = coalesce($5::text[], liaison_areas),
              session_epoch = session_epoch + CASE WHEN $6 THEN 1 ELSE 0 END
        WHERE tenant_id = $1 AND id = $2`,
      [tenantId, userId, changes.displayName ?? null, changes.role ?? null, changes.liaisonAreas ?? null, changes.raiseSessionEpoch],
    );
  }

  /** Ends every token issued to the user so far; false when there is no such user. */
  async raiseSessionEpoch(tenantId: string, userId: string): Promise<boolean> {
    // TypeORM answers an UPDATE or DELETE with [rows, affected count].
    const [, raised]: [unknown[], number] = await this.manager.query(
      `UPDATE app_user SET session_epoch = session_epoch + 1 WHERE tenant_id = $1 AND id = $2`,
      [tenantId, userId],
    );
    return raised > 0;
  }

  /** A one-time password: its owner must change it at the next login; every token so far ends. False when there is no such user. */
  async resetPassword(tenantId: string, userId: string, passwordHash: string): Promise<boolean> {
    const [, reset]: [unknown[], number] = await this.manager.query(
      `UPDATE app_user SET password_hash = $3, password_change_required = true, session_epoch = session_epoch + 1 WHERE tenant_id = $1 AND id = $2`,
      [tenantId, userId, passwordHash],
    );
    return reset > 0;
  }
}
