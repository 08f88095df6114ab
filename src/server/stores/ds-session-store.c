/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-session-store.h"

/* Sessions and their tokens. Tokens are kept only as SHA-256 hashes. */

static char *
hash_token (const char *token)
{
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, token, -1);
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/**
 * ds_session_store_identify:
 * @access_token: the bearer token as sent
 *
 * Returns: (transfer full) (nullable): who holds a live @access_token;
 *   %NULL with @error unset when the token is unknown, expired or its
 *   session ended
 */
DsIdentity *
ds_session_store_identify (DsDb        *db,
                           const char  *access_token,
                           GError     **error)
{
  g_autofree char *hash = NULL;
  g_autoptr(DsStmt) stmt = NULL;
  DsIdentity *identity;

  if (strlen (access_token) > 256)
    return NULL;

  hash = hash_token (access_token);
  stmt = ds_db_prepare (db,
                        "SELECT u.id, s.id, u.email, u.display_name, u.role, u.customer_id"
                        " FROM access_tokens a"
                        " JOIN sessions s ON s.id = a.session_id"
                        " JOIN users u ON u.id = s.user_id"
                        " WHERE a.token_hash = ? AND a.expires_at > ? AND s.revoked_at IS NULL",
                        error);
  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, hash);
  ds_stmt_bind_int64 (stmt, 2, now_seconds ());
  if (ds_stmt_step (stmt, error) != DS_STEP_ROW)
    return NULL;

  identity = g_new0 (DsIdentity, 1);
  identity->user_id = g_strdup (ds_stmt_get_text (stmt, 0));
  identity->session_id = g_strdup (ds_stmt_get_text (stmt, 1));
  identity->email = g_strdup (ds_stmt_get_text (stmt, 2));
  identity->display_name = g_strdup (ds_stmt_get_text (stmt, 3));
  if (!doorstep_role_from_string (ds_stmt_get_text (stmt, 4), &identity->role))
    identity->role = DOORSTEP_ROLE_CUSTOMER;
  identity->customer_id = g_strdup (ds_stmt_get_text (stmt, 5));

  return identity;
}

