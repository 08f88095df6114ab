/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sodium.h>
#include <string.h>

#include "ds-auth-handlers.h"
#include "ds-session-store.h"
#include "ds-user-store.h"

/* Signing in, trading a refresh token for new tokens, signing out, and
 * who is signed in. Refresh tokens rotate: each works once, and one
 * presented again ends its whole session. */

#define UNAUTHORIZED_LOGIN_DETAIL "The email address or password is not right."
#define SESSION_ENDED_DETAIL      "Your session has ended. Sign in again."

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

      randombytes_buf (random_password, sizeof random_password - 1);
      for (guint i = 0; i < sizeof random_password - 1; i++)
        random_password[i] = 'a' + ((guchar) random_password[i] % 26);
      random_password[sizeof random_password - 1] = '\0';
      decoy = ds_password_hash (random_password);
      g_once_init_leave (&initialized, 1);
    }

  return decoy;
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
  DsDb *db = ds_context_get_db (ctx);
  gint64 now = now_seconds ();
  gint64 since = now - config->failure_window_seconds;
  g_autofree char *account = account_scope (email);
  g_autofree char *address = address_scope (ctx);
  gint64 oldest_account = 0, oldest_address = 0;
  guint account_count, address_count;
  gint64 retry_after = 0;

  /* Failures older than the window no longer count. */
  if (!ds_session_store_prune_failures (db, since, error) ||
      !ds_session_store_count_failures (db, account, since, &account_count, &oldest_account, error) ||
      !ds_session_store_count_failures (db, address, since, &address_count, &oldest_address, error))
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
write_user_members (DsJsonWriter  *builder,
                    const DsUser *user)
{
  ds_json_add_string (builder, "id", user->id);
  ds_json_add_string (builder, "email", user->email);
  ds_json_add_string (builder, "display_name", user->display_name);
  ds_json_add_string (builder, "role", user->role);
  ds_json_writer_set_member_name (builder, "customer");
  if (user->customer_id == NULL)
    ds_json_writer_add_null_value (builder);
  else
    {
      ds_json_writer_begin_object (builder);
      ds_json_add_string (builder, "id", user->customer_id);
      ds_json_add_string (builder, "display_name", user->customer_name);
      ds_json_writer_end_object (builder);
    }
}

/* Issues a fresh access and refresh token in @session_id, commits @tx
 * and answers with both and the user. */
static gboolean
respond_with_tokens (DsContext      *ctx,
                     DsTransaction  *tx,
                     const char     *session_id,
                     const char     *user_id,
                     GError        **error)
{
  const DsServerConfig *config = ds_context_get_config (ctx);
  DsDb *db = ds_context_get_db (ctx);
  g_autofree char *access = ds_new_token ();
  g_autofree char *refresh = ds_new_token ();
  g_autoptr(DsUser) user = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  gint64 now = now_seconds ();

  if (!ds_session_store_issue_tokens (db, session_id, access, now + config->access_token_seconds,
                                      refresh, now + config->refresh_token_seconds, error) ||
      (user = ds_user_store_get (db, user_id, error)) == NULL ||
      !ds_transaction_commit (tx, error))
    return FALSE;

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "access_token", access);
  ds_json_add_string (builder, "token_type", "Bearer");
  ds_json_add_int (builder, "expires_in", config->access_token_seconds);
  ds_json_add_string (builder, "refresh_token", refresh);
  ds_json_writer_set_member_name (builder, "user");
  ds_json_writer_begin_object (builder);
  write_user_members (builder, user);
  ds_json_writer_end_object (builder);
  ds_json_writer_end_object (builder);

  ds_context_respond_json (ctx, 200, builder);
  return TRUE;
}

static gboolean
start_session (DsContext   *ctx,
               const char  *user_id,
               GError     **error)
{
  DsDb *db = ds_context_get_db (ctx);
  g_autoptr(DsTransaction) tx = NULL;
  g_autofree char *session_id = NULL;

  return (tx = ds_transaction_begin (db, error)) != NULL &&
         (session_id = ds_session_store_create (db, user_id, error)) != NULL &&
         respond_with_tokens (ctx, tx, session_id, user_id, error);
}

/* The request was paused for the password hash, so the dispatcher cannot
 * run it again: a session start that collided runs again here. */
static gboolean
start_session_retrying (DsContext   *ctx,
                        const char  *user_id,
                        GError     **error)
{
  for (guint attempt = 1;; attempt++)
    {
      g_autoptr(GError) local_error = NULL;

      if (start_session (ctx, user_id, &local_error))
        return TRUE;
      if (attempt == DS_TRANSACTION_ATTEMPTS ||
          !g_error_matches (local_error, DS_DB_ERROR, DS_DB_ERROR_SERIALIZATION))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
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
  g_autofree char *account = account_scope (data->email);
  g_autofree char *address = address_scope (ctx);
  DsDb *db = ds_context_get_db (ctx);

  if (!data->verified)
    {
      if (!ds_session_store_record_failure (db, account, &error) ||
          !ds_session_store_record_failure (db, address, &error))
        ds_context_respond_error (ctx, error);
      else
        ds_context_respond_problem (ctx, 401, "unauthorized", UNAUTHORIZED_LOGIN_DETAIL);
    }
  else if (!ds_session_store_clear_failures (db, account, &error) ||
           !start_session_retrying (ctx, data->user_id, &error))
    ds_context_respond_error (ctx, error);

  ds_context_resume (ctx);
}

/* A string member, or %NULL when it is missing or of another type. */
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
  if (!ds_user_store_find_password_hash (ds_context_get_db (ctx), email, &data->user_id,
                                         &data->password_hash, &error))
    {
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
      ds_context_respond_field_error (ctx, "refresh_token", "A refresh token is required.");
      return NULL;
    }

  return token;
}

void
ds_auth_refresh_handler (DsContext *ctx)
{
  g_autoptr(JsonObject) body = ds_context_read_json (ctx);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsTransaction) tx = NULL;
  g_autoptr(DsRefreshToken) token = NULL;
  DsDb *db = ds_context_get_db (ctx);
  const char *presented;

  if (body == NULL || (presented = read_refresh_token (ctx, body)) == NULL)
    return;

  if ((tx = ds_transaction_begin (db, &error)) == NULL ||
      !ds_session_store_find_refresh (db, presented, &token, &error))
    goto fail;

  if (token == NULL)
    {
      ds_context_respond_problem (ctx, 401, "unauthorized", SESSION_ENDED_DETAIL);
      return;
    }

  if (token->used && !token->revoked)
    {
      /* A refresh token is good once. Seeing it again means two parties
       * hold it, so neither keeps the session. */
      if (!ds_session_store_revoke (db, token->session_id, &error) || !ds_transaction_commit (tx, &error))
        goto fail;
      ds_context_respond_problem (ctx, 401, "unauthorized",
                                  "This sign-in was ended because its token was used twice. Sign in again.");
      return;
    }

  if (token->revoked || token->used || token->expired)
    {
      ds_context_respond_problem (ctx, 401, "unauthorized", SESSION_ENDED_DETAIL);
      return;
    }

  if (!ds_session_store_use_refresh (db, presented, &error) ||
      !respond_with_tokens (ctx, tx, token->session_id, token->user_id, &error))
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
  g_autoptr(DsRefreshToken) token = NULL;
  DsDb *db = ds_context_get_db (ctx);
  const char *presented;

  if (body == NULL || (presented = read_refresh_token (ctx, body)) == NULL)
    return;

  if (!ds_session_store_find_refresh (db, presented, &token, &error) ||
      (token != NULL && !ds_session_store_revoke (db, token->session_id, &error)))
    {
      ds_context_respond_error (ctx, error);
      return;
    }

  /* Signing out twice, or with a token already gone, still ends signed out. */
  ds_context_respond_empty (ctx, 204);
}

void
ds_me_handler (DsContext *ctx)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DsUser) user = ds_user_store_get (ds_context_get_db (ctx), ds_context_get_identity (ctx)->user_id,
                                              &error);

  if (user == NULL)
    {
      ds_context_respond_error (ctx, error);
      return;
    }

  ds_json_writer_begin_object (builder);
  write_user_members (builder, user);
  ds_json_writer_end_object (builder);
  ds_context_respond_json (ctx, 200, builder);
}
