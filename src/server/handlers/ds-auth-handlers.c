/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sodium.h>
#include <string.h>

#include "ds-auth-handlers.h"
#include "ds-me-handlers.h"
#include "ds-session-store.h"
#include "ds-user-store.h"

/* Signing in, trading a refresh token for new tokens, and signing out.
 * Refresh tokens rotate: each works once, and one presented again ends
 * its whole session. */

#define UNAUTHORIZED_LOGIN_DETAIL "The email address or password is not right."
#define SESSION_ENDED_DETAIL      "Your session has ended. Sign in again."

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
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

/* What signing in sends */

typedef struct {
  char     *email;
  char     *password;
  char     *user_id;        /* NULL when no account has this email */
  char     *password_hash;
  gboolean  verified;
} Login;

static void
login_free (gpointer data)
{
  Login *login = data;

  g_free (login->email);
  if (login->password != NULL)
    sodium_memzero (login->password, strlen (login->password));
  g_free (login->password);
  g_free (login->user_id);
  g_free (login->password_hash);
  g_free (login);
}

static gpointer
read_login (JsonObject *body,
            GHashTable *errors)
{
  Login *login = g_new0 (Login, 1);
  const char *email = get_string_member (body, "email");
  const char *password = get_string_member (body, "password");

  if (email == NULL || *email == '\0')
    ds_field_errors_add (errors, "email", "Enter your email address.");
  else if (!doorstep_validate_email (email))
    ds_field_errors_add (errors, "email", "This is not an email address.");
  if (password == NULL || *password == '\0')
    ds_field_errors_add (errors, "password", "Enter your password.");
  else if (strlen (password) > DOORSTEP_PASSWORD_MAX)
    ds_field_errors_add (errors, "password", "This password is too long.");
  login->email = g_strdup (email);
  login->password = g_strdup (password);
  return login;
}

const DsInput ds_login_input = { read_login, login_free };

static gpointer
read_refresh (JsonObject *body,
              GHashTable *errors)
{
  const char *token = get_string_member (body, "refresh_token");

  if (token == NULL || *token == '\0')
    ds_field_errors_add (errors, "refresh_token", "A refresh token is required.");
  return g_strdup (token);
}

const DsInput ds_refresh_input = { read_refresh, g_free };

/* Throttling */

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
address_scope (DsCall *call)
{
  return g_strconcat ("address:", ds_call_get_remote_address (call), NULL);
}

/* Refuses (429, with Retry-After) when either the account or the
 * caller's address has used up its failures for the window. */
static gboolean
check_throttle (DsCall      *call,
                const char  *email,
                GError     **error)
{
  const DsServerConfig *config = ds_call_get_config (call);
  DsDb *db = ds_call_get_db (call);
  gint64 now = now_seconds ();
  gint64 since = now - config->failure_window_seconds;
  g_autofree char *account = account_scope (email);
  g_autofree char *address = address_scope (call);
  gint64 oldest_account = 0, oldest_address = 0;
  guint account_count, address_count;
  gint64 retry_after = 0;

  if (!ds_session_store_count_failures (db, account, since, &account_count, &oldest_account, error) ||
      !ds_session_store_count_failures (db, address, since, &address_count, &oldest_address, error))
    return FALSE;
  if (account_count < config->account_failures && address_count < config->address_failures)
    return TRUE;

  if (account_count >= config->account_failures)
    retry_after = oldest_account + config->failure_window_seconds - now;
  if (address_count >= config->address_failures)
    retry_after = MAX (retry_after, oldest_address + config->failure_window_seconds - now);
  retry_after = MAX (retry_after, 1);
  ds_set_problem_printf (error, DS_ERROR_THROTTLED, "rate-limited",
                         "Too many failed sign-in attempts. Try again in %" G_GINT64_FORMAT " minutes.",
                         MAX ((retry_after + 59) / 60, 1));
  ds_error_set_retry_after (*error, retry_after);
  return FALSE;
}

/* Tokens */

/* Issues a fresh access and refresh token in @session_id, and the answer
 * with both and the user. */
static DsReply *
reply_with_tokens (DsCall      *call,
                   const char  *session_id,
                   const char  *user_id,
                   GError     **error)
{
  const DsServerConfig *config = ds_call_get_config (call);
  DsDb *db = ds_call_get_db (call);
  g_autofree char *access = ds_new_token ();
  g_autofree char *refresh = ds_new_token ();
  g_autoptr(DsUser) user = NULL;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  gint64 now = now_seconds ();

  if (!ds_session_store_issue_tokens (db, session_id, access, now + config->access_token_seconds,
                                      refresh, now + config->refresh_token_seconds, error) ||
      (user = ds_user_store_get (db, user_id, error)) == NULL)
    return NULL;

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "access_token", access);
  ds_json_add_string (builder, "token_type", "Bearer");
  ds_json_add_int (builder, "expires_in", config->access_token_seconds);
  ds_json_add_string (builder, "refresh_token", refresh);
  ds_json_writer_set_member_name (builder, "user");
  ds_json_writer_begin_object (builder);
  ds_write_user_members (builder, user);
  ds_json_writer_end_object (builder);
  ds_json_writer_end_object (builder);
  return ds_reply_json (200, builder);
}

/* Signing in */

/* The write after the password was checked: a failure counted (and
 * committed, with its 401), or a new session. */
static DsReply *
finish_login (DsCall   *call,
              gpointer  data,
              GError  **error)
{
  Login *login = data;
  DsDb *db = ds_call_get_db (call);
  g_autofree char *account = account_scope (login->email);
  g_autofree char *address = address_scope (call);
  g_autofree char *session_id = NULL;

  if (!login->verified)
    {
      if (!ds_session_store_record_failure (db, account, error) ||
          !ds_session_store_record_failure (db, address, error))
        return NULL;
      return ds_reply_problem (401, "unauthorized", UNAUTHORIZED_LOGIN_DETAIL);
    }
  if (!ds_session_store_clear_failures (db, account, error) ||
      (session_id = ds_session_store_create (db, login->user_id, error)) == NULL)
    return NULL;
  return reply_with_tokens (call, session_id, login->user_id, error);
}

/* argon2id is slow on purpose: the route runs in the slow lane, and the
 * hash is checked outside any transaction. */
DsReply *
ds_auth_login_handler (DsCall   *call,
                       gpointer  input,
                       GError  **error)
{
  Login *login = input;
  const char *hash;

  if (!check_throttle (call, login->email, error) ||
      !ds_user_store_find_password_hash (ds_call_get_db (call), login->email, &login->user_id,
                                         &login->password_hash, error))
    return NULL;

  hash = login->password_hash != NULL ? login->password_hash : get_decoy_hash ();
  login->verified = crypto_pwhash_str_verify (hash, login->password, strlen (login->password)) == 0 &&
                    login->user_id != NULL;
  return ds_call_write (call, finish_login, login, NULL, error);
}

/* Refreshing and signing out */

DsReply *
ds_auth_refresh_handler (DsCall   *call,
                         gpointer  input,
                         GError  **error)
{
  const char *presented = input;
  g_autoptr(DsRefreshToken) token = NULL;
  DsDb *db = ds_call_get_db (call);

  if (!ds_session_store_find_refresh (db, presented, &token, error))
    return NULL;
  if (token == NULL)
    {
      ds_set_problem (error, DS_ERROR_UNAUTHORIZED, "unauthorized", SESSION_ENDED_DETAIL);
      return NULL;
    }

  if (token->used && !token->revoked)
    {
      /* A refresh token is good once. Seeing it again means two parties
       * hold it, so neither keeps the session: that commits. */
      if (!ds_session_store_revoke (db, token->session_id, error))
        return NULL;
      return ds_reply_problem (401, "unauthorized",
                               "This sign-in was ended because its token was used twice. Sign in again.");
    }
  if (token->revoked || token->used || token->expired)
    {
      ds_set_problem (error, DS_ERROR_UNAUTHORIZED, "unauthorized", SESSION_ENDED_DETAIL);
      return NULL;
    }

  if (!ds_session_store_use_refresh (db, presented, error))
    return NULL;
  return reply_with_tokens (call, token->session_id, token->user_id, error);
}

DsReply *
ds_auth_logout_handler (DsCall   *call,
                        gpointer  input,
                        GError  **error)
{
  const char *presented = input;
  g_autoptr(DsRefreshToken) token = NULL;
  DsDb *db = ds_call_get_db (call);

  if (!ds_session_store_find_refresh (db, presented, &token, error) ||
      (token != NULL && !ds_session_store_revoke (db, token->session_id, error)))
    return NULL;
  /* Signing out twice, or with a token already gone, still ends signed out. */
  return ds_reply_empty (204);
}
