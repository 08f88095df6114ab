/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "doorstep-common.h"
#include "ds-demo.h"
#include "ds-migrations.h"
#include "ds-server.h"

/* Whether the tables that grow with traffic stay bounded: three simulated
 * days of a busy portal (200 people signed in who refresh every 15
 * minutes, 24 sign-ins and sign-outs an hour, 120 failed sign-ins and 300
 * idempotent writes an hour), written straight into two databases at the
 * simulated times; one is pruned every 10 simulated minutes as the server
 * does, the other never (the baseline). Prints the rows of each table
 * every 12 simulated hours and the ratio at the end. Run: meson test -C
 * _build --benchmark prune */

#define STEP_SECONDS    (10 * 60)
#define DAYS            3
#define ACTIVE          200
#define LOGINS_PER_STEP 4
#define FAILURES_PER_STEP 20
#define KEYS_PER_STEP   50

static const char *tables[] = { "sessions", "access_tokens", "refresh_tokens", "login_failures", "idempotency_keys" };

typedef struct {
  DsDb      *db;
  gboolean   pruned;
  GPtrArray *live;      /* session ids signed in */
  char      *user_id;
  guint      serial;
} Portal;

/* Runs @sql with its parameters, one per letter of @types in order: "t" a
 * string, "i" a gint64. */
static void
run (DsDb       *db,
     const char *sql,
     const char *types,
     ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, sql, &error);
  va_list args;

  g_assert_no_error (error);
  va_start (args, types);
  for (int i = 0; types[i] != '\0'; i++)
    {
      if (types[i] == 't')
        ds_stmt_bind_text (stmt, i + 1, va_arg (args, const char *));
      else
        ds_stmt_bind_int64 (stmt, i + 1, va_arg (args, gint64));
    }
  va_end (args);
  g_assert_true (ds_stmt_run (stmt, &error));
}

static char *
next_id (Portal     *portal,
         const char *prefix)
{
  return g_strdup_printf ("%s%u", prefix, ++portal->serial);
}

static void
issue_tokens (Portal     *portal,
              const char *session_id,
              gint64      now)
{
  g_autofree char *access = next_id (portal, "a");
  g_autofree char *refresh = next_id (portal, "r");

  run (portal->db, "INSERT INTO access_tokens (token_hash, session_id, expires_at) VALUES (?, ?, ?)", "tti",
       access, session_id, now + 15 * 60);
  run (portal->db, "INSERT INTO refresh_tokens (token_hash, session_id, expires_at) VALUES (?, ?, ?)", "tti",
       refresh, session_id, now + 30 * 24 * 60 * 60);
}

static void
sign_in (Portal     *portal,
         gint64      now,
         const char *created)
{
  char *session_id = next_id (portal, "s");

  run (portal->db, "INSERT INTO sessions (id, user_id, created_at) VALUES (?, ?, ?)", "ttt",
       session_id, portal->user_id, created);
  issue_tokens (portal, session_id, now);
  g_ptr_array_add (portal->live, session_id);
}

static char *
timestamp (gint64 now)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (now);

  return doorstep_timestamp_format (time);
}

static void
step (Portal *portal,
      gint64  now,
      guint   step_number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsTransaction) tx = ds_transaction_begin (portal->db, &error);
  g_autofree char *created = timestamp (now);

  g_assert_no_error (error);

  /* Two thirds of those signed in refresh in any ten minutes. */
  for (guint i = 0; i < portal->live->len; i++)
    if ((i + step_number) % 3 != 0)
      {
        const char *session_id = g_ptr_array_index (portal->live, i);

        run (portal->db, "UPDATE refresh_tokens SET used_at = ? WHERE session_id = ? AND used_at IS NULL", "it",
             now, session_id);
        issue_tokens (portal, session_id, now);
      }

  for (guint i = 0; i < LOGINS_PER_STEP; i++)
    {
      g_autofree char *oldest = g_ptr_array_steal_index (portal->live, 0);

      run (portal->db, "UPDATE sessions SET revoked_at = ? WHERE id = ?", "tt", created, oldest);
      sign_in (portal, now, created);
    }

  for (guint i = 0; i < FAILURES_PER_STEP; i++)
    {
      g_autofree char *scope = next_id (portal, "account:");

      run (portal->db, "INSERT INTO login_failures (scope, at) VALUES (?, ?)", "ti", scope, now);
    }

  for (guint i = 0; i < KEYS_PER_STEP; i++)
    {
      g_autofree char *key = next_id (portal, "k");

      run (portal->db,
           "INSERT INTO idempotency_keys (user_id, key, request_hash, status, body, created_at)"
           " VALUES (?, ?, 'h', 201, '{}', ?)", "ttt", portal->user_id, key, created);
    }

  g_assert_true (ds_transaction_commit (tx, &error));

  if (portal->pruned)
    {
      DsServerConfig config = { .failure_window_seconds = 15 * 60 };

      g_assert_true (ds_server_prune (portal->db, &config, now, NULL, &error));
    }
  g_assert_no_error (error);
}

static gint64
count (DsDb       *db,
       const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM %s", table);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, sql, &error);

  g_assert_true (ds_stmt_step_row (stmt, &error));
  return ds_stmt_get_int64 (stmt, 0);
}

static Portal *
portal_new (const char *dir,
            const char *name,
            gboolean    pruned,
            gint64      now)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *files = ds_blob_store_default_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DsBlobStore) blobs = ds_blob_store_new_directory (files, &error);
  Portal *portal = g_new0 (Portal, 1);
  gboolean seeded;

  portal->db = ds_db_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ds_migrations_apply (portal->db, &error) && ds_demo_seed (portal->db, blobs, &seeded, &error));
  {
    g_autoptr(DsStmt) stmt = ds_db_prepare (portal->db, "SELECT id FROM users LIMIT 1", &error);

    g_assert_true (ds_stmt_step_row (stmt, &error));
    portal->user_id = g_strdup (ds_stmt_get_text (stmt, 0));
  }
  portal->pruned = pruned;
  portal->live = g_ptr_array_new_with_free_func (g_free);
  {
    g_autofree char *created = timestamp (now);

    for (guint i = 0; i < ACTIVE; i++)
      sign_in (portal, now, created);
  }
  return portal;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = g_dir_make_tmp ("doorstep-bench-prune-XXXXXX", NULL);
  gint64 start = g_get_real_time () / G_USEC_PER_SEC;
  Portal *pruned = portal_new (dir, "pruned.sqlite", TRUE, start);
  Portal *kept = portal_new (dir, "kept.sqlite", FALSE, start);
  guint steps = DAYS * 24 * 60 * 60 / STEP_SECONDS;

  g_print ("%-6s", "hour");
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    g_print ("  %21s", tables[t]);
  g_print ("\n%-6s", "");
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    g_print ("  %10s %10s", "pruned", "never");
  g_print ("\n");

  for (guint s = 1; s <= steps; s++)
    {
      gint64 now = start + (gint64) s * STEP_SECONDS;

      step (pruned, now, s);
      step (kept, now, s);
      if ((s * STEP_SECONDS) % (12 * 60 * 60) == 0)
        {
          g_print ("%-6u", s * STEP_SECONDS / 3600);
          for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
            g_print ("  %10" G_GINT64_FORMAT " %10" G_GINT64_FORMAT,
                     count (pruned->db, tables[t]), count (kept->db, tables[t]));
          g_print ("\n");
        }
    }

  g_print ("after %d days, pruned / never:", DAYS);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    g_print (" %s %.3f", tables[t], (double) count (pruned->db, tables[t]) / (double) count (kept->db, tables[t]));
  g_print ("\n");
  return 0;
}
