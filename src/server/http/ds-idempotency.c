/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-idempotency.h"

#define KEY_MAX_LENGTH 255
#define KEEP_SECONDS   (24 * 60 * 60)

struct _DsIdempotency {
  DsContext     *ctx;
  DsTransaction *tx;  /* NULL once ended */
  char          *key;
  char          *request_hash;
};

static gboolean
key_is_valid (const char *key)
{
  gsize length = strlen (key);

  if (length == 0 || length > KEY_MAX_LENGTH)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (key[i] < 0x21 || key[i] > 0x7e)
      return FALSE;
  return TRUE;
}

static char *
timestamp_seconds_ago (gint64 seconds)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_seconds (now, (gdouble) -seconds);

  return doorstep_timestamp_format (then);
}

/**
 * ds_idempotency_begin:
 *
 * Returns: (transfer full) (nullable): the open transaction, or %NULL when
 *   the request has already been answered: a replay, a refusal, or an error
 */
DsIdempotency *
ds_idempotency_begin (DsContext *ctx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) prune = NULL;
  g_autoptr(DsStmt) lookup = NULL;
  g_autofree char *cutoff = NULL;
  DsDb *db = ds_context_get_db (ctx);
  const char *user_id = ds_context_get_identity (ctx)->user_id;
  const char *key = ds_context_get_header (ctx, "Idempotency-Key");
  g_autoptr(DsTransaction) tx = NULL;
  DsIdempotency *idem;
  gboolean used;

  if (key == NULL)
    {
      ds_context_respond_problem (ctx, 400, "idempotency-key-required",
                                  "Send an Idempotency-Key header with this request, so a retry never acts twice.");
      return NULL;
    }
  if (!key_is_valid (key))
    {
      ds_context_respond_problem (ctx, 400, "idempotency-key-invalid",
                                  "The Idempotency-Key must be 1 to 255 visible ASCII characters.");
      return NULL;
    }

  if ((tx = ds_transaction_begin (db, &error)) == NULL)
    {
      ds_context_respond_error (ctx, error);
      return NULL;
    }

  idem = g_new0 (DsIdempotency, 1);
  idem->ctx = ds_context_ref (ctx);
  idem->tx = g_steal_pointer (&tx);
  idem->key = g_strdup (key);
  idem->request_hash = ds_context_hash_request (ctx);

  cutoff = timestamp_seconds_ago (KEEP_SECONDS);
  prune = ds_db_prepare (db, "DELETE FROM idempotency_keys WHERE user_id = ? AND created_at < ?", &error);
  if (prune == NULL)
    goto fail;
  ds_stmt_bind_text (prune, 1, user_id);
  ds_stmt_bind_text (prune, 2, cutoff);
  if (!ds_stmt_run (prune, &error))
    goto fail;

  lookup = ds_db_prepare (db,
                          "SELECT request_hash, status, body, location FROM idempotency_keys"
                          " WHERE user_id = ? AND key = ?",
                          &error);
  if (lookup == NULL)
    goto fail;
  ds_stmt_bind_text (lookup, 1, user_id);
  ds_stmt_bind_text (lookup, 2, key);
  if (!ds_stmt_step_optional (lookup, &used, &error))
    goto fail;
  if (!used)
    return idem;

  if (g_strcmp0 (ds_stmt_get_text (lookup, 0), idem->request_hash) != 0)
    ds_context_respond_problem (ctx, 422, "idempotency-key-reused",
                                "This Idempotency-Key was already used for a different request.");
  else
    {
      ds_context_set_header (ctx, "Idempotent-Replayed", "true");
      if (!ds_stmt_is_null (lookup, 3))
        ds_context_set_header (ctx, "Location", ds_stmt_get_text (lookup, 3));
      ds_context_respond_json_text (ctx, (guint) ds_stmt_get_int64 (lookup, 1), ds_stmt_get_text (lookup, 2));
    }
  ds_idempotency_free (idem);
  return NULL;

fail:
  ds_context_respond_error (ctx, error);
  ds_idempotency_free (idem);
  return NULL;
}

/**
 * ds_idempotency_respond:
 * @location: (nullable): the Location of what the request created
 * @node: (transfer full): the answer
 *
 * Stores a 2xx answer under the key, commits everything the handler did,
 * and sends the answer.
 *
 * Returns: whether it was committed; otherwise the error was answered
 */
gboolean
ds_idempotency_respond (DsIdempotency *idem,
                        guint          status,
                        const char    *location,
                        DsJsonWriter  *writer)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) store = NULL;
  g_autofree char *body = ds_json_writer_take_text (writer, NULL);
  g_autofree char *now = ds_now_timestamp ();
  DsDb *db = ds_context_get_db (idem->ctx);

  g_return_val_if_fail (idem->tx != NULL, FALSE);
  g_return_val_if_fail (status >= 200 && status < 300, FALSE);


  store = ds_db_prepare (db,
                         "INSERT INTO idempotency_keys (user_id, key, request_hash, status, body, location,"
                         " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         &error);
  if (store != NULL)
    {
      ds_stmt_bind_text (store, 1, ds_context_get_identity (idem->ctx)->user_id);
      ds_stmt_bind_text (store, 2, idem->key);
      ds_stmt_bind_text (store, 3, idem->request_hash);
      ds_stmt_bind_int64 (store, 4, status);
      ds_stmt_bind_text (store, 5, body);
      ds_stmt_bind_text (store, 6, location);
      ds_stmt_bind_text (store, 7, now);
    }
  if (store == NULL || !ds_stmt_run (store, &error) || !ds_transaction_commit (idem->tx, &error))
    {
      g_clear_pointer (&idem->tx, ds_transaction_free);
      ds_context_respond_error (idem->ctx, error);
      return FALSE;
    }

  g_clear_pointer (&idem->tx, ds_transaction_free);
  if (location != NULL)
    ds_context_set_header (idem->ctx, "Location", location);
  ds_context_respond_json_text (idem->ctx, status, body);
  return TRUE;
}

/**
 * ds_idempotency_derive_key:
 * @purpose: what the key is for, "gateway"
 *
 * A key for a third party's own idempotency (a card processor's), the same
 * for every retry of this request and different for a different request
 * under the same key (a declined card tried again with another card), and
 * which tells nothing of the user's key.
 *
 * Returns: (transfer full): 64 hexadecimal digits
 */
char *
ds_idempotency_derive_key (DsIdempotency *idem,
                           const char    *purpose)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  const char *parts[] = { purpose, ds_context_get_identity (idem->ctx)->user_id, idem->key, idem->request_hash };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_checksum_update (checksum, (const guchar *) parts[i], (gssize) strlen (parts[i]) + 1);
  return g_strdup (g_checksum_get_string (checksum));
}

/* Rolls back whatever the handler did unless it answered successfully. */
void
ds_idempotency_free (DsIdempotency *idem)
{
  if (idem == NULL)
    return;
  g_clear_pointer (&idem->tx, ds_transaction_free);
  ds_context_unref (idem->ctx);
  g_free (idem->key);
  g_free (idem->request_hash);
  g_free (idem);
}

/**
 * ds_idempotency_prune:
 * @now: seconds since the epoch
 * @deleted: (out): how many keys went
 *
 * Drops every key past the 24 hours a retry may come in.
 */
gboolean
ds_idempotency_prune (DsDb     *db,
                      gint64    now,
                      guint    *deleted,
                      GError  **error)
{
  g_autoptr(GDateTime) cutoff_time = g_date_time_new_from_unix_utc (now - KEEP_SECONDS);
  g_autofree char *cutoff = doorstep_timestamp_format (cutoff_time);
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "DELETE FROM idempotency_keys WHERE created_at < ?", error);

  *deleted = 0;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, cutoff);
  if (!ds_stmt_run (stmt, error))
    return FALSE;
  *deleted = ds_db_changes (db);
  return TRUE;
}
