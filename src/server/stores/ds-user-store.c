/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sodium.h>
#include <string.h>

#include "ds-user-store.h"

/* Accounts: customers who sign in to their portal, and staff. Passwords
 * are kept only as argon2id hashes. */

void
ds_user_free (DsUser *user)
{
  if (user == NULL)
    return;
  g_free (user->id);
  g_free (user->email);
  g_free (user->display_name);
  g_free (user->role);
  g_free (user->customer_id);
  g_free (user->customer_name);
  g_free (user);
}

/**
 * ds_password_hash:
 *
 * Returns: (transfer full): an argon2id hash string with its own salt and
 *   cost parameters (libsodium's interactive limits)
 */
char *
ds_password_hash (const char *password)
{
  char hash[crypto_pwhash_STRBYTES];

  if (crypto_pwhash_str_alg (hash, password, strlen (password),
                             crypto_pwhash_OPSLIMIT_INTERACTIVE,
                             crypto_pwhash_MEMLIMIT_INTERACTIVE,
                             crypto_pwhash_ALG_ARGON2ID13) != 0)
    g_error ("Out of memory while hashing a password");

  return g_strdup (hash);
}

/**
 * ds_user_store_find_password_hash:
 * @user_id: (out) (transfer full) (nullable): the account with @email, or
 *   %NULL when there is none
 * @password_hash: (out) (transfer full) (nullable): its password hash
 *
 * Returns: %FALSE on error
 */
gboolean
ds_user_store_find_password_hash (DsDb        *db,
                                  const char  *email,
                                  char       **user_id,
                                  char       **password_hash,
                                  GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "SELECT id, password_hash FROM users WHERE lower(email) = lower(?)", error);

  gboolean has_row;

  *user_id = *password_hash = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, email);
  if (!ds_stmt_step_optional (stmt, &has_row, error))
    return FALSE;
  if (has_row)
    {
      *user_id = ds_stmt_dup_text (stmt, 0);
      *password_hash = ds_stmt_dup_text (stmt, 1);
    }
  return TRUE;
}

static DsUser *
read_user (DsStmt *stmt)
{
  DsUser *user = g_new0 (DsUser, 1);

  user->id = ds_stmt_dup_text (stmt, 0);
  user->email = ds_stmt_dup_text (stmt, 1);
  user->display_name = ds_stmt_dup_text (stmt, 2);
  user->role = ds_stmt_dup_text (stmt, 3);
  user->customer_id = ds_stmt_dup_text (stmt, 4);
  user->customer_name = ds_stmt_dup_text (stmt, 5);
  return user;
}

#define USER_SELECT \
  "SELECT u.id, u.email, u.display_name, u.role, u.customer_id, c.display_name" \
  " FROM users u LEFT JOIN customers c ON c.id = u.customer_id"

/**
 * ds_user_store_get:
 *
 * Returns: (transfer full) (nullable): the account; %NULL with @error set
 *   when there is none
 */
DsUser *
ds_user_store_get (DsDb        *db,
                   const char  *user_id,
                   GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, USER_SELECT " WHERE u.id = ?", error);

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, user_id);
  if (!ds_stmt_step_row (stmt, error))
    return NULL;
  return read_user (stmt);
}

/**
 * ds_user_store_list_by_email:
 * @emails: (array zero-terminated=1): whose accounts
 *
 * Returns: (transfer full) (nullable): the accounts of @emails that exist
 *   (of #DsUser), customers first, then admins, operators and technicians
 */
GPtrArray *
ds_user_store_list_by_email (DsDb                *db,
                             const char * const  *emails,
                             GError             **error)
{
  g_autoptr(GString) sql = g_string_new (USER_SELECT " WHERE u.email IN (");
  g_autoptr(GPtrArray) users = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_user_free);
  g_autoptr(DsStmt) stmt = NULL;
  guint n = g_strv_length ((GStrv) emails);
  DsStep step;

  if (n == 0)
    return g_steal_pointer (&users);
  /* As many parameters as emails; nothing of theirs goes in the text. */
  for (guint i = 0; i < n; i++)
    g_string_append (sql, i > 0 ? ", ?" : "?");
  g_string_append (sql, ") ORDER BY CASE u.role WHEN 'customer' THEN 0 WHEN 'admin' THEN 1"
                        "   WHEN 'operator' THEN 2 ELSE 3 END, u.created_at, u.email");
  if ((stmt = ds_db_prepare (db, sql->str, error)) == NULL)
    return NULL;
  for (guint i = 0; i < n; i++)
    ds_stmt_bind_text (stmt, (int) i + 1, emails[i]);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    g_ptr_array_add (users, read_user (stmt));
  return step == DS_STEP_DONE ? g_steal_pointer (&users) : NULL;
}

/**
 * ds_user_store_get_staff_photo:
 * @photo: (out) (transfer full) (nullable): the PNG photo of a staff
 *   account, %NULL when it has none (or is a customer's)
 *
 * Returns: %FALSE on error
 */
gboolean
ds_user_store_get_staff_photo (DsDb        *db,
                               const char  *user_id,
                               GBytes     **photo,
                               GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT photo_png FROM users"
                                          " WHERE id = ? AND role <> 'customer' AND photo_png IS NOT NULL",
                                          error);
  gboolean found;

  *photo = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, user_id);
  if (!ds_stmt_step_optional (stmt, &found, error))
    return FALSE;
  if (found)
    *photo = ds_stmt_get_bytes (stmt, 0);
  return TRUE;
}
