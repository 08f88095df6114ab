/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sodium.h>
#include <string.h>

#include "ds-auth.h"

#define UNAUTHORIZED_LOGIN_DETAIL "The email address or password is not right."

typedef struct {
  char     *email;
  char     *password;
  char     *user_id;        /* NULL when no account has this email */
  char     *password_hash;
  gboolean  verified;
} LoginData;

static void
login_data_free (LoginData *data)
{
  g_free (data->email);
  if (data->password != NULL)
    sodium_memzero (data->password, strlen (data->password));
  g_free (data->password);
  g_free (data->user_id);
  g_free (data->password_hash);
  g_free (data);
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static char *
new_token (void)
{
  guchar bytes[32];
  char encoded[sodium_base64_ENCODED_LEN (32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];

  randombytes_buf (bytes, sizeof bytes);
  sodium_bin2base64 (encoded, sizeof encoded, bytes, sizeof bytes,
                     sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return g_strdup (encoded);
}

static char *
hash_token (const char *token)
{
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, token, -1);
}

/* A real hash to verify against when the email is unknown, so that an
 * unknown account costs as long as a wrong password and tells nothing. */
static const char *
get_decoy_hash (void)
{
  static char *decoy;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      char random_password[33];
      char *hash;

      randombytes_buf (random_password, sizeof random_password - 1);
      for (guint i = 0; i < sizeof random_password - 1; i++)
        random_password[i] = 'a' + ((guchar) random_password[i] % 26);
      random_password[sizeof random_password - 1] = '\0';
      hash = ds_password_hash (random_password);
      decoy = hash;
      g_once_init_leave (&initialized, 1);
    }

  return decoy;
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

static guint
count_recent_failures (DsDb        *db,
                       const char  *scope,
                       gint64       since,
                       gint64      *oldest,
                       GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT COUNT(*), MIN(at) FROM login_failures"
                                          " WHERE scope = ? AND at > ?",
                                          error);
  if (stmt == NULL)
    return 0;
  ds_stmt_bind_text (stmt, 1, scope);
  ds_stmt_bind_int64 (stmt, 2, since);
  if (!ds_stmt_step_row (stmt, error))
    return 0;
  *oldest = ds_stmt_get_int64 (stmt, 1);
  return (guint) ds_stmt_get_int64 (stmt, 0);
}

static gboolean
record_failure (DsDb        *db,
                const char  *scope,
                GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "INSERT INTO login_failures (scope, at) VALUES (?, ?)",
                                          error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, scope);
  ds_stmt_bind_int64 (stmt, 2, now_seconds ());
  return ds_stmt_run (stmt, error);
}

static char *
account_scope (const char *email)
{
  g_autofree char *lower = g_utf8_strdown (email, -1);
  return g_strconcat ("account:", lower, NULL);
}

static char *
address_scope (DsContext *ctx)
{
  return g_strconcat ("address:", ds_context_get_remote_address (ctx), NULL);
}

/* Answers 429 and returns TRUE when either the account or the caller's
 * address has used up its failures for the window. */
static gboolean
check_throttled (DsContext   *ctx,
                 const char  *email,
                 GError     **error)
{
  const DsServerConfig *config = ds_context_get_config (ctx);
  gint64 now = now_seconds ();
  gint64 since = now - config->failure_window_seconds;
  g_autofree char *account = account_scope (email);
  g_autofree char *address = address_scope (ctx);
  gint64 oldest_account = 0, oldest_address = 0;
  guint account_count, address_count;
  gint64 retry_after = 0;

  /* Failures older than the window no longer count; drop them. */
  {
    g_autoptr(DsStmt) prune = ds_db_prepare (ds_context_get_db (ctx),
                                             "DELETE FROM login_failures WHERE at <= ?", error);
    if (prune == NULL)
      return FALSE;
    ds_stmt_bind_int64 (prune, 1, since);
    if (!ds_stmt_run (prune, error))
      return FALSE;
  }

  account_count = count_recent_failures (ds_context_get_db (ctx), account, since, &oldest_account, error);
  if (*error != NULL)
    return FALSE;
  address_count = count_recent_failures (ds_context_get_db (ctx), address, since, &oldest_address, error);
  if (*error != NULL)
    return FALSE;

  if (account_count >= config->account_failures)
    retry_after = oldest_account + config->failure_window_seconds - now;
  if (address_count >= config->address_failures)
    retry_after = MAX (retry_after, oldest_address + config->failure_window_seconds - now);

  if (account_count >= config->account_failures || address_count >= config->address_failures)
    {
      g_autofree char *seconds = g_strdup_printf ("%" G_GINT64_FORMAT, MAX (retry_after, 1));
      g_autofree char *detail = g_strdup_printf ("Too many failed sign-in attempts. "
                                                 "Try again in %" G_GINT64_FORMAT " minutes.",
                                                 MAX ((retry_after + 59) / 60, 1));
      ds_context_set_header (ctx, "Retry-After", seconds);
      ds_context_respond_problem (ctx, 429, "rate-limited", detail);
      return TRUE;
    }

  return FALSE;
}

static void
add_user_members (JsonBuilder *builder,
                  DsDb        *db,
                  const char  *user_id,
                  GError     **error)
{
  g_autoptr(DsStmt) stmt = NULL;

  stmt = ds_db_prepare (db,
                        "SELECT u.id, u.email, u.display_name, u.role, u.customer_id, c.display_name"
                        " FROM users u LEFT JOIN customers c ON c.id = u.customer_id"
                        " WHERE u.id = ?",
                        error);
  if (stmt == NULL)
    return;
  ds_stmt_bind_text (stmt, 1, user_id);
  if (!ds_stmt_step_row (stmt, error))
    return;

  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, ds_stmt_get_text (stmt, 0));
  json_builder_set_member_name (builder, "email");
  json_builder_add_string_value (builder, ds_stmt_get_text (stmt, 1));
  json_builder_set_member_name (builder, "display_name");
  json_builder_add_string_value (builder, ds_stmt_get_text (stmt, 2));
  json_builder_set_member_name (builder, "role");
  json_builder_add_string_value (builder, ds_stmt_get_text (stmt, 3));
  json_builder_set_member_name (builder, "customer");
  if (ds_stmt_is_null (stmt, 4))
    json_builder_add_null_value (builder);
  else
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, ds_stmt_get_text (stmt, 4));
      json_builder_set_member_name (builder, "display_name");
      json_builder_add_string_value (builder, ds_stmt_get_text (stmt, 5));
      json_builder_end_object (builder);
    }
}

/* Issues a fresh access and refresh token in @session_id and answers with
 * both and the user. Runs inside the caller's transaction. */
static gboolean
respond_with_tokens (DsContext      *ctx,
                     DsTransaction  *tx,
                     const char     *session_id,
                     const char     *user_id,
                     GError        **error)
{
  const DsServerConfig *config = ds_context_get_config (ctx);
  DsDb *db = ds_context_get_db (ctx);
  g_autofree char *access = new_token ();
  g_autofree char *refresh = new_token ();
  g_autofree char *access_hash = hash_token (access);
  g_autofree char *refresh_hash = hash_token (refresh);
  g_autoptr(DsStmt) insert_access = NULL;
  g_autoptr(DsStmt) insert_refresh = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  gint64 now = now_seconds ();

  insert_access = ds_db_prepare (db,
                                 "INSERT INTO access_tokens (token_hash, session_id, expires_at)"
                                 " VALUES (?, ?, ?)",
                                 error);
  if (insert_access == NULL)
    return FALSE;
  ds_stmt_bind_text (insert_access, 1, access_hash);
  ds_stmt_bind_text (insert_access, 2, session_id);
  ds_stmt_bind_int64 (insert_access, 3, now + config->access_token_seconds);
  if (!ds_stmt_run (insert_access, error))
    return FALSE;

  insert_refresh = ds_db_prepare (db,
                                  "INSERT INTO refresh_tokens (token_hash, session_id, expires_at)"
                                  " VALUES (?, ?, ?)",
                                  error);
  if (insert_refresh == NULL)
    return FALSE;
  ds_stmt_bind_text (insert_refresh, 1, refresh_hash);
  ds_stmt_bind_text (insert_refresh, 2, session_id);
  ds_stmt_bind_int64 (insert_refresh, 3, now + config->refresh_token_seconds);
  if (!ds_stmt_run (insert_refresh, error))
    return FALSE;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "access_token");
  json_builder_add_string_value (builder, access);
  json_builder_set_member_name (builder, "token_type");
  json_builder_add_string_value (builder, "Bearer");
  json_builder_set_member_name (builder, "expires_in");
  json_builder_add_int_value (builder, config->access_token_seconds);
  json_builder_set_member_name (builder, "refresh_token");
  json_builder_add_string_value (builder, refresh);
  json_builder_set_member_name (builder, "user");
  json_builder_begin_object (builder);
  add_user_members (builder, db, user_id, error);
  if (*error != NULL)
    return FALSE;
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  if (!ds_transaction_commit (tx, error))
    return FALSE;

  ds_context_respond_json (ctx, 200, json_builder_get_root (builder));
  return TRUE;
}

static gboolean
start_session (DsContext   *ctx,
               const char  *user_id,
               GError     **error)
{
  DsDb *db = ds_context_get_db (ctx);
  g_autofree char *session_id = ds_new_id ("ses");
  g_autofree char *now = ds_now_timestamp ();
  g_autoptr(DsStmt) stmt = NULL;
  g_autoptr(DsTransaction) tx = NULL;

  if ((tx = ds_transaction_begin (db, error)) == NULL)
    return FALSE;

  stmt = ds_db_prepare (db, "INSERT INTO sessions (id, user_id, created_at) VALUES (?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, session_id);
  ds_stmt_bind_text (stmt, 2, user_id);
  ds_stmt_bind_text (stmt, 3, now);
  return ds_stmt_run (stmt, error) && respond_with_tokens (ctx, tx, session_id, user_id, error);
}

static void
verify_password_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  LoginData *data = task_data;
  const char *hash = data->password_hash != NULL ? data->password_hash : get_decoy_hash ();

  data->verified = crypto_pwhash_str_verify (hash, data->password, strlen (data->password)) == 0
                   && data->user_id != NULL;
  g_task_return_boolean (task, TRUE);
}

static void
verify_password_cb (GObject      *source_object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(DsContext) ctx = user_data;
  LoginData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  DsDb *db = ds_context_get_db (ctx);

  if (!data->verified)
    {
      g_autofree char *account = account_scope (data->email);
      g_autofree char *address = address_scope (ctx);

      if (!record_failure (db, account, &error) || !record_failure (db, address, &error))
        ds_context_respond_error (ctx, error);
      else
        ds_context_respond_problem (ctx, 401, "unauthorized", UNAUTHORIZED_LOGIN_DETAIL);
    }
  else
    {
      g_autofree char *account = account_scope (data->email);
      g_autoptr(DsStmt) clear = ds_db_prepare (db, "DELETE FROM login_failures WHERE scope = ?", &error);

      if (clear != NULL)
        {
          ds_stmt_bind_text (clear, 1, account);
          ds_stmt_run (clear, &error);
        }
      if (error != NULL || !start_session (ctx, data->user_id, &error))
        ds_context_respond_error (ctx, error);
    }

  ds_context_resume (ctx);
}

static const char *
get_string_member (JsonObject *object,
                   const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

void
ds_auth_login_handler (DsContext *ctx)
{
  g_autoptr(JsonObject) body = ds_context_read_json (ctx);
  g_autoptr(GHashTable) errors = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) stmt = NULL;
  g_autoptr(GTask) task = NULL;
  const char *email, *password;
  LoginData *data;

  if (body == NULL)
    return;

  email = get_string_member (body, "email");
  password = get_string_member (body, "password");

  errors = ds_field_errors_new ();
  if (email == NULL || *email == '\0')
    ds_field_errors_add (errors, "email", "Enter your email address.");
  else if (!doorstep_validate_email (email))
    ds_field_errors_add (errors, "email", "This is not an email address.");
  if (password == NULL || *password == '\0')
    ds_field_errors_add (errors, "password", "Enter your password.");
  else if (strlen (password) > DOORSTEP_PASSWORD_MAX)
    ds_field_errors_add (errors, "password", "This password is too long.");
  if (g_hash_table_size (errors) > 0)
    {
      ds_context_respond_invalid (ctx, errors);
      return;
    }

  if (check_throttled (ctx, email, &error))
    return;
  if (error != NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }

  data = g_new0 (LoginData, 1);
  data->email = g_strdup (email);
  data->password = g_strdup (password);

  stmt = ds_db_prepare (ds_context_get_db (ctx),
                        "SELECT id, password_hash FROM users WHERE email = ?", &error);
  if (stmt == NULL)
    {
      login_data_free (data);
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_stmt_bind_text (stmt, 1, email);
  switch (ds_stmt_step (stmt, &error))
    {
    case DS_STEP_ROW:
      data->user_id = g_strdup (ds_stmt_get_text (stmt, 0));
      data->password_hash = g_strdup (ds_stmt_get_text (stmt, 1));
      break;
    case DS_STEP_DONE:
      break;
    case DS_STEP_ERROR:
    default:
      login_data_free (data);
      ds_context_respond_error (ctx, error);
      return;
    }

  /* argon2id is meant to be slow; it runs off the main loop so other
   * requests keep being served meanwhile. */
  ds_context_pause (ctx);
  task = g_task_new (NULL, NULL, verify_password_cb, ds_context_ref (ctx));
  g_task_set_task_data (task, data, (GDestroyNotify) login_data_free);
  g_task_run_in_thread (task, verify_password_thread);
}

static const char *
read_refresh_token (DsContext  *ctx,
                    JsonObject *body)
{
  const char *token = get_string_member (body, "refresh_token");

  if (token == NULL || *token == '\0')
    {
      g_autoptr(GHashTable) errors = ds_field_errors_new ();
      ds_field_errors_add (errors, "refresh_token", "A refresh token is required.");
      ds_context_respond_invalid (ctx, errors);
      return NULL;
    }

  return token;
}

static gboolean
revoke_session (DsDb        *db,
                const char  *session_id,
                GError     **error)
{
  g_autofree char *now = ds_now_timestamp ();
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "UPDATE sessions SET revoked_at = ?"
                                          " WHERE id = ? AND revoked_at IS NULL",
                                          error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, now);
  ds_stmt_bind_text (stmt, 2, session_id);
  return ds_stmt_run (stmt, error);
}

void
ds_auth_refresh_handler (DsContext *ctx)
{
  g_autoptr(JsonObject) body = ds_context_read_json (ctx);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) lookup = NULL;
  g_autoptr(DsStmt) mark = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *session_id = NULL;
  g_autofree char *user_id = NULL;
  g_autoptr(DsTransaction) tx = NULL;
  DsDb *db = ds_context_get_db (ctx);
  const char *token;
  gboolean revoked, used, expired;

  if (body == NULL || (token = read_refresh_token (ctx, body)) == NULL)
    return;

  hash = hash_token (token);

  if ((tx = ds_transaction_begin (db, &error)) == NULL)
    goto fail;

  lookup = ds_db_prepare (db,
                          "SELECT r.session_id, s.user_id, s.revoked_at IS NOT NULL,"
                          "       r.used_at IS NOT NULL, r.expires_at <= ?"
                          " FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id"
                          " WHERE r.token_hash = ?",
                          &error);
  if (lookup == NULL)
    goto fail;
  ds_stmt_bind_int64 (lookup, 1, now_seconds ());
  ds_stmt_bind_text (lookup, 2, hash);
  switch (ds_stmt_step (lookup, &error))
    {
    case DS_STEP_ROW:
      break;
    case DS_STEP_DONE:
      ds_context_respond_problem (ctx, 401, "unauthorized", "Your session has ended. Sign in again.");
      return;
    case DS_STEP_ERROR:
    default:
      goto fail;
    }

  session_id = g_strdup (ds_stmt_get_text (lookup, 0));
  user_id = g_strdup (ds_stmt_get_text (lookup, 1));
  revoked = ds_stmt_get_int64 (lookup, 2);
  used = ds_stmt_get_int64 (lookup, 3);
  expired = ds_stmt_get_int64 (lookup, 4);
  g_clear_pointer (&lookup, ds_stmt_free);

  if (used && !revoked)
    {
      /* A refresh token is good once. Seeing it again means two parties
       * hold it, so neither keeps the session. */
      if (!revoke_session (db, session_id, &error) || !ds_transaction_commit (tx, &error))
        goto fail;
      ds_context_respond_problem (ctx, 401, "unauthorized",
                                  "This sign-in was ended because its token was used twice. Sign in again.");
      return;
    }

  if (revoked || used || expired)
    {
      ds_context_respond_problem (ctx, 401, "unauthorized", "Your session has ended. Sign in again.");
      return;
    }

  mark = ds_db_prepare (db, "UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ?", &error);
  if (mark == NULL)
    goto fail;
  ds_stmt_bind_int64 (mark, 1, now_seconds ());
  ds_stmt_bind_text (mark, 2, hash);
  if (!ds_stmt_run (mark, &error) || !respond_with_tokens (ctx, tx, session_id, user_id, &error))
    goto fail;

  return;

fail:
  ds_context_respond_error (ctx, error);
}

void
ds_auth_logout_handler (DsContext *ctx)
{
  g_autoptr(JsonObject) body = ds_context_read_json (ctx);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) lookup = NULL;
  g_autofree char *hash = NULL;
  DsDb *db = ds_context_get_db (ctx);
  const char *token;

  if (body == NULL || (token = read_refresh_token (ctx, body)) == NULL)
    return;

  hash = hash_token (token);
  lookup = ds_db_prepare (db, "SELECT session_id FROM refresh_tokens WHERE token_hash = ?", &error);
  if (lookup == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }
  ds_stmt_bind_text (lookup, 1, hash);
  switch (ds_stmt_step (lookup, &error))
    {
    case DS_STEP_ROW:
      {
        g_autofree char *session_id = g_strdup (ds_stmt_get_text (lookup, 0));

        g_clear_pointer (&lookup, ds_stmt_free);
        if (!revoke_session (db, session_id, &error))
          {
            ds_context_respond_error (ctx, error);
            return;
          }
      }
      break;
    case DS_STEP_DONE:
      break;
    case DS_STEP_ERROR:
    default:
      ds_context_respond_error (ctx, error);
      return;
    }

  /* Signing out twice, or with a token already gone, still ends signed out. */
  ds_context_respond_empty (ctx, 204);
}

void
ds_me_handler (DsContext *ctx)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GError) error = NULL;

  json_builder_begin_object (builder);
  add_user_members (builder, ds_context_get_db (ctx), ds_context_get_identity (ctx)->user_id, &error);
  json_builder_end_object (builder);

  if (error != NULL)
    ds_context_respond_error (ctx, error);
  else
    ds_context_respond_json (ctx, 200, json_builder_get_root (builder));
}
