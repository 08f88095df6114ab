/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib-unix.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "ds-demo.h"
#include "ds-migrations.h"
#include "ds-server.h"

static gboolean
parse_listen (const char  *value,
              char       **host,
              guint       *port,
              GError     **error)
{
  const char *colon;
  guint64 parsed;

  if (value[0] == '[')
    {
      const char *close = strchr (value, ']');
      if (close == NULL || close[1] != ':')
        goto invalid;
      *host = g_strndup (value + 1, (gsize) (close - value - 1));
      colon = close + 1;
    }
  else
    {
      colon = strrchr (value, ':');
      if (colon == NULL || colon == value)
        goto invalid;
      *host = g_strndup (value, (gsize) (colon - value));
    }

  if (!g_ascii_string_to_unsigned (colon + 1, 10, 0, 65535, &parsed, NULL))
    {
      g_clear_pointer (host, g_free);
      goto invalid;
    }
  *port = (guint) parsed;
  return TRUE;

invalid:
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               "--listen wants HOST:PORT, such as 127.0.0.1:8080 or [::1]:8080, not “%s”", value);
  return FALSE;
}

/* Every connection is a file descriptor: take all the system allows, and
 * keep the connection limit under it with room for the database and logs. */
static void
fit_connection_limit (DsListenerLimits *limits)
{
  struct rlimit files;
  rlim_t spare = 64;

  if (getrlimit (RLIMIT_NOFILE, &files) != 0)
    return;
  if (files.rlim_cur < files.rlim_max)
    {
      files.rlim_cur = files.rlim_max;
      (void) setrlimit (RLIMIT_NOFILE, &files);
      (void) getrlimit (RLIMIT_NOFILE, &files);
    }
  if (files.rlim_cur != RLIM_INFINITY && files.rlim_cur < (rlim_t) limits->max_connections + spare)
    {
      guint fit = files.rlim_cur > spare ? (guint) (files.rlim_cur - spare) : 1;

      g_printerr ("doorstep-server: only %u connections fit in this process's limit of %lu open files\n",
                  fit, (unsigned long) files.rlim_cur);
      limits->max_connections = fit;
    }
}

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_CONTINUE;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *db_path = NULL;
  g_autofree char *listen = NULL;
  g_autofree char *host = NULL;
  g_autofree char *base_url = NULL;
  g_autofree char *db_name = NULL;
  g_autofree char *files_path = NULL;
  g_autoptr(DsBlobStore) blobs = NULL;
  gboolean demo = FALSE;
  gboolean version = FALSE;
  gboolean reuse_port = FALSE;
  int max_connections = DS_LISTENER_MAX_CONNECTIONS_DEFAULT;
  int head_timeout = 0;
  int prune_interval = -1;
  int answer_cache_mib = 32;
  int workers = 0;
  int slow_workers = 0;
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDb) db = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  DsServer *server;
  gboolean seeded = FALSE;
  guint port = 8080;
  DsServerConfig config = {
    .account_failures = 5,
    .address_failures = 20,
    .failure_window_seconds = 15 * 60,
    .access_token_seconds = 15 * 60,
    .refresh_token_seconds = 30 * 24 * 60 * 60,
    .prune_interval_seconds = 10 * 60,
    .answer_cache_seconds = 5,
  };
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path,
      "A SQLite file (default: doorstep/doorstep.sqlite in the user data directory)"
      " or a PostgreSQL URI (postgresql://USER@HOST/DB)", "FILE|URI" },
    { "files", 0, 0, G_OPTION_ARG_FILENAME, &files_path,
      "Where uploaded files are kept (default: beside a SQLite file, as NAME-files;"
      " doorstep/files in the user data directory with PostgreSQL); shared by every server process", "DIR" },
    { "listen", 0, 0, G_OPTION_ARG_STRING, &listen,
      "Where to listen (default 127.0.0.1:8080; port 0 picks a free one)", "HOST:PORT" },
    { "reuse-port", 0, 0, G_OPTION_ARG_NONE, &reuse_port,
      "Share the port with other doorstep-server processes started with it (SO_REUSEPORT)", NULL },
    { "max-connections", 0, 0, G_OPTION_ARG_INT, &max_connections,
      "Connections open at once; more are answered 503 (default 4096)", "N" },
    { "head-timeout", 0, 0, G_OPTION_ARG_INT, &head_timeout,
      "Seconds a request line and headers may take to arrive; slower is answered 408 (default 10)", "SECONDS" },
    { "prune-interval", 0, 0, G_OPTION_ARG_INT, &prune_interval,
      "Seconds between drops of expired sessions, tokens and keys (default 600)", "SECONDS" },
    { "workers", 0, 0, G_OPTION_ARG_INT, &workers,
      "Threads for quick requests, each with a database connection (default: from the processors"
      " and the database)", "N" },
    { "slow-workers", 0, 0, G_OPTION_ARG_INT, &slow_workers,
      "Threads for slow requests: PDFs, photos, password hashes, searches (default: from the processors)", "N" },
    { "answer-cache", 0, 0, G_OPTION_ARG_INT, &answer_cache_mib,
      "Memory for answers to reads kept until the data changes, in MiB (default 32; 0 keeps none)", "MIB" },
    { "demo", 0, 0, G_OPTION_ARG_NONE, &demo,
      "Fill an empty database with the demo business", NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, "Print the version and exit", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");

  options = g_option_context_new ("— the Doorstep portal API");
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    {
      g_printerr ("doorstep-server: %s\n", error->message);
      return 2;
    }

  if (version)
    {
      g_print ("doorstep-server %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (workers < 0 || workers > 256 || slow_workers < 0 || slow_workers > 256)
    {
      g_printerr ("doorstep-server: --workers and --slow-workers must be from 1 to 256\n");
      return 2;
    }
  config.quick_workers = (guint) workers;
  config.slow_workers = (guint) slow_workers;
  if (max_connections < 1 || head_timeout < 0 || answer_cache_mib < 0 || answer_cache_mib > 64 * 1024)
    {
      g_printerr ("doorstep-server: --max-connections must be at least 1, --head-timeout at least 0"
                  " and --answer-cache from 0 to 65536\n");
      return 2;
    }
  config.answer_cache_bytes = (gsize) answer_cache_mib * 1024 * 1024;
  ds_listener_limits_init (&config.limits);
  config.limits.max_connections = (guint) max_connections;
  config.limits.reuse_port = reuse_port;
  if (head_timeout > 0)
    config.limits.head_timeout_seconds = (guint) head_timeout;
  if (prune_interval > 0)
    config.prune_interval_seconds = (guint) prune_interval;
  fit_connection_limit (&config.limits);

  if (sodium_init () < 0)
    {
      g_printerr ("doorstep-server: libsodium could not start\n");
      return 1;
    }

  if (listen == NULL)
    host = g_strdup ("127.0.0.1");
  else if (!parse_listen (listen, &host, &port, &error))
    {
      g_printerr ("doorstep-server: %s\n", error->message);
      return 2;
    }

  if (db_path == NULL)
    {
      g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "doorstep", NULL);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          g_printerr ("doorstep-server: cannot create %s: %s\n", dir, g_strerror (errno));
          return 1;
        }
      db_path = g_build_filename (dir, "doorstep.sqlite", NULL);
    }

  if (files_path == NULL)
    files_path = ds_blob_store_default_path (db_path);
  blobs = ds_blob_store_new_directory (files_path, &error);
  if (blobs == NULL)
    {
      g_printerr ("doorstep-server: %s\n", error->message);
      return 1;
    }
  config.blobs = blobs;

  db_name = ds_db_location_describe (db_path);
  db = ds_db_open (db_path, &error);
  if (db == NULL || !ds_migrations_apply (db, &error) ||
      (demo && !ds_demo_seed (db, blobs, &seeded, &error)))
    {
      g_printerr ("doorstep-server: %s: %s\n", db_name, error->message);
      return 1;
    }

  /* Migrated and seeded: from here on each worker has a connection of
   * its own. */
  g_clear_pointer (&db, ds_db_close);
  server = ds_server_new (db_path, &config, &error);
  if (server == NULL)
    {
      g_printerr ("doorstep-server: %s\n", error->message);
      return 1;
    }
  if (!ds_server_listen (server, host, port, &error))
    {
      g_printerr ("doorstep-server: cannot listen on %s:%u: %s\n", host, port, error->message);
      ds_server_free (server);
      return 1;
    }

  /* Handlers first: whoever reads the URL below may signal us at once. */
  loop = g_main_loop_new (NULL, FALSE);
  g_unix_signal_add (SIGINT, quit_cb, loop);
  g_unix_signal_add (SIGTERM, quit_cb, loop);

  /* The first line is the base URL, for whoever started us to read. */
  base_url = ds_server_get_base_url (server);
  g_print ("%s\n", base_url);
  if (demo)
    g_print (seeded ? "Seeded the demo business into %s\n"
                    : "%s already has a business; left it as it is\n",
             db_name);
  fflush (stdout);

  g_main_loop_run (loop);

  ds_server_free (server);
  return 0;
}
