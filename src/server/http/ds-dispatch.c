/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-call-private.h"
#include "ds-customer-store.h"
#include "ds-idempotency-store.h"
#include "ds-mark-store.h"
#include "ds-problem.h"

/* The dispatcher: everything between a request and its route's handler,
 * run on a worker thread with the worker's own database connection.
 *
 *   reads (DS_TX_READ):  one snapshot { authenticate, role, scope,
 *                        answer kept? handler, keep the answer }
 *   writes (DS_TX_WRITE): authenticate, role, scope, body, key,
 *                        then up to DS_TRANSACTION_ATTEMPTS times a write
 *                        transaction { the key's answer? handler, keep
 *                        the key's answer, move the marks } committed
 *   DS_TX_NONE:          authenticate, role, scope, body, the key's
 *                        answer? handler, which calls ds_call_write() for
 *                        its write step
 *
 * A handler's error becomes problem+json here, by its kind
 * (ds_reply_for_error()). */

#define KEY_MAX_LENGTH 255

DsDispatcher *
ds_dispatcher_new (const DsServerConfig *config)
{
  DsDispatcher *dispatcher = g_new0 (DsDispatcher, 1);
  const DsRoute *routes;
  guint n_routes;

  routes = ds_routes_get (&n_routes);
  ds_routes_check (routes, n_routes);
  dispatcher->config = *config;
  g_mutex_init (&dispatcher->write_lock);
  dispatcher->router = ds_router_new (routes, n_routes);
  if (config->answer_cache_bytes > 0)
    dispatcher->answers = ds_answer_cache_new (config->answer_cache_bytes, config->answer_cache_seconds);
  return dispatcher;
}

void
ds_dispatcher_free (DsDispatcher *dispatcher)
{
  if (dispatcher == NULL)
    return;
  g_clear_pointer (&dispatcher->router, ds_router_free);
  g_clear_pointer (&dispatcher->answers, ds_answer_cache_free);
  g_mutex_clear (&dispatcher->write_lock);
  g_free (dispatcher);
}

static void
log_error (DsCall       *call,
           const GError *error)
{
  if (error->domain != DS_ERROR)
    g_warning ("%s %s: %s", call->method, call->path, error->message);
}

/* Who asks */

/* Returns: (nullable): the 401 answer, or %NULL once the identity is known */
static DsReply *
authenticate (DsCall   *call,
              GError  **error)
{
  const char *header = call->headers[DS_HEADER_AUTHORIZATION];
  DsReply *reply;

  if (header == NULL || g_ascii_strncasecmp (header, "Bearer ", 7) != 0 || header[7] == '\0')
    {
      reply = ds_reply_problem (401, "unauthorized", "Sign in to continue: this request needs an access token.");
      ds_reply_set_header (reply, "WWW-Authenticate", "Bearer");
      return reply;
    }
  if (!ds_session_store_identify (call->db, header + 7, &call->identity, error))
    return NULL;
  if (call->identity == NULL)
    {
      reply = ds_reply_problem (401, "unauthorized", "Your session has expired or was ended. Sign in again.");
      ds_reply_set_header (reply, "WWW-Authenticate", "Bearer error=\"invalid_token\"");
      return reply;
    }
  return NULL;
}

/* The role check: a customer is told nothing is there (nothing of the
 * staff's side leaks its existence); staff are told who may. */
static gboolean
check_role (DsCall  *call,
            GError **error)
{
  const DsRoute *route = call->route;
  DoorstepRole role = call->identity->role;
  g_autofree char *who = NULL;

  if (ds_route_allows (route, role))
    return TRUE;
  if (role == DOORSTEP_ROLE_CUSTOMER)
    {
      ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is nothing at this address.");
      return FALSE;
    }
  if (route->scope != DS_SCOPE_NONE && ds_route_allows (route, DOORSTEP_ROLE_CUSTOMER))
    {
      ds_set_problem (error, DS_ERROR_FORBIDDEN, NULL,
                      g_hash_table_contains (call->query, "customer_id")
                      ? "Viewing a customer’s portal is read-only."
                      : "Only a customer can do this from their portal.");
      return FALSE;
    }
  who = ds_route_describe_roles (route);
  ds_set_problem_printf (error, DS_ERROR_FORBIDDEN, NULL, "Only %s can do this.", who);
  return FALSE;
}

/* Whose data: a customer always gets their own (naming someone else is
 * 404); staff name a customer with customer_id, or in the path of their
 * own routes. */
static gboolean
resolve_scope (DsCall  *call,
               GError **error)
{
  const char *requested = g_hash_table_lookup (call->query, "customer_id");
  const DsIdentity *identity = call->identity;
  gboolean exists;

  if (call->route->scope == DS_SCOPE_NONE)
    return TRUE;
  if (call->route->scope == DS_SCOPE_PATH_CUSTOMER)
    requested = ds_call_get_param (call, "id");

  if (identity->role == DOORSTEP_ROLE_CUSTOMER)
    {
      if (requested != NULL && g_strcmp0 (requested, identity->customer_id) != 0)
        {
          ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is nothing at this address.");
          return FALSE;
        }
      call->customer_id = g_strdup (identity->customer_id);
      return TRUE;
    }

  if (requested == NULL)
    {
      if (call->route->scope == DS_SCOPE_CUSTOMER_OR_ALL)
        return TRUE;
      ds_set_field_error (error, "customer_id", "Staff must name the customer whose portal to view.");
      return FALSE;
    }
  if (!ds_customer_store_exists (call->db, requested, &exists, error))
    return FALSE;
  if (!exists)
    {
      ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such customer.");
      return FALSE;
    }
  call->customer_id = g_strdup (requested);
  return TRUE;
}

/* What the route takes */

static gboolean
read_body (DsCall  *call,
           GError **error)
{
  const DsRoute *route = call->route;
  const char *content_type = call->headers[DS_HEADER_CONTENT_TYPE];
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(GHashTable) errors = NULL;
  g_autofree char *media_type = NULL;
  gsize limit = ds_route_get_max_body (route);
  gsize size = call->body != NULL ? g_bytes_get_size (call->body) : 0;
  const char *data;

  if (route->body == DS_BODY_NONE)
    return TRUE;
  if (size > limit)
    {
      ds_set_problem_printf (error, DS_ERROR_TOO_LARGE, "payload-too-large",
                             "The request body is larger than the %" G_GSIZE_FORMAT
                             " MiB this server accepts here.", limit / (1024 * 1024));
      return FALSE;
    }
  if (route->body == DS_BODY_BYTES)
    return TRUE;

  if (content_type != NULL)
    media_type = g_strstrip (g_strndup (content_type, strcspn (content_type, ";")));
  if (media_type == NULL || g_ascii_strcasecmp (media_type, "application/json") != 0)
    {
      ds_set_problem (error, DS_ERROR_UNSUPPORTED, "unsupported-media-type",
                      "Send the request body as application/json.");
      return FALSE;
    }
  data = call->body != NULL ? g_bytes_get_data (call->body, NULL) : "";
  if ((object = ds_json_parse_body (data, size, error)) == NULL)
    return FALSE;

  errors = ds_field_errors_new ();
  call->input = route->input->read (object, errors);
  if (route->input->check != NULL)
    {
      call->input_errors = g_steal_pointer (&errors);
      return TRUE;
    }
  if (g_hash_table_size (errors) > 0)
    {
      ds_set_invalid (error, errors);
      return FALSE;
    }
  return TRUE;
}

/* The input's checks against the database, with its shape's faults. */
static gboolean
check_input (DsCall  *call,
             GError **error)
{
  g_autoptr(GHashTable) errors = NULL;

  if (call->input_errors == NULL)
    return TRUE;
  errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  {
    GHashTableIter iter;
    gpointer field, message;

    g_hash_table_iter_init (&iter, call->input_errors);
    while (g_hash_table_iter_next (&iter, &field, &message))
      g_hash_table_insert (errors, g_strdup (field), g_strdup (message));
  }
  if (!call->route->input->check (call, call->input, errors, error))
    return FALSE;
  if (g_hash_table_size (errors) > 0)
    {
      ds_set_invalid (error, errors);
      return FALSE;
    }
  return TRUE;
}

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

static gboolean
check_key (DsCall  *call,
           GError **error)
{
  const char *key = call->headers[DS_HEADER_IDEMPOTENCY_KEY];

  if (!call->route->idempotent)
    return TRUE;
  if (key == NULL)
    {
      ds_set_problem (error, DS_ERROR_BAD_REQUEST, "idempotency-key-required",
                      "Send an Idempotency-Key header with this request, so a retry never acts twice.");
      return FALSE;
    }
  if (!key_is_valid (key))
    {
      ds_set_problem (error, DS_ERROR_BAD_REQUEST, "idempotency-key-invalid",
                      "The Idempotency-Key must be 1 to 255 visible ASCII characters.");
      return FALSE;
    }
  return TRUE;
}

/* The answer a used key got, for its replay; an error when the key was
 * used for another request. %NULL without @error when it is unused. */
static DsReply *
replay_key (DsCall   *call,
            GError  **error)
{
  g_autoptr(DsKeptAnswer) kept = NULL;
  DsReply *reply;

  if (!ds_idempotency_store_find (call->db, call->identity->user_id, call->headers[DS_HEADER_IDEMPOTENCY_KEY],
                                  &kept, error) ||
      kept == NULL)
    return NULL;
  if (!g_str_equal (kept->request_hash, ds_call_get_request_hash (call)))
    {
      ds_set_problem (error, DS_ERROR_INVALID, "idempotency-key-reused",
                      "This Idempotency-Key was already used for a different request.");
      return NULL;
    }
  reply = *kept->body != '\0' ? ds_reply_json_text (kept->status, kept->body) : ds_reply_empty (kept->status);
  ds_reply_set_header (reply, "Idempotent-Replayed", "true");
  if (kept->location != NULL)
    ds_reply_set_header (reply, "Location", kept->location);
  return reply;
}

/* The answer to a used key is kept with the change, in its transaction. */
static gboolean
keep_key (DsCall   *call,
          DsReply  *reply,
          GError  **error)
{
  GBytes *body = ds_reply_get_body (reply);
  g_autofree char *text = NULL;
  guint status = ds_reply_get_status (reply);

  if (status < 200 || status >= 300)
    return TRUE;
  if (body != NULL)
    {
      gsize size;
      const char *data = g_bytes_get_data (body, &size);

      g_assert (g_strcmp0 (ds_reply_get_content_type (reply), "application/json") == 0);
      text = g_strndup (data, size);
    }
  return ds_idempotency_store_keep (call->db, call->identity->user_id, call->headers[DS_HEADER_IDEMPOTENCY_KEY],
                                    ds_call_get_request_hash (call), status, text != NULL ? text : "",
                                    ds_reply_get_header (reply, "Location"), error);
}

/* Answers kept for reads */

/* Whose marks a call reads and moves: its customer's, or everyone's. */
static const char *
mark_owner (DsCall *call)
{
  return call->customer_id != NULL ? call->customer_id : DS_MARK_OWNER_ALL;
}

/* Topics some read answers for everyone ("*") rather than one customer:
 * a write for one customer moves everyone's mark of these too. */
static DsTopics
shared_topics (void)
{
  static gsize shared;

  if (g_once_init_enter (&shared))
    {
      const DsRoute *routes;
      guint n_routes;
      gsize topics = 0;

      routes = ds_routes_get (&n_routes);
      for (guint i = 0; i < n_routes; i++)
        if (routes[i].scope != DS_SCOPE_CUSTOMER && routes[i].scope != DS_SCOPE_PATH_CUSTOMER)
          topics |= routes[i].reads;
      /* 1 << 31 marks it worked out, should no route read for everyone. */
      g_once_init_leave (&shared, topics | (1u << 31));
    }
  return (DsTopics) (shared & ~(1u << 31));
}

static gboolean
move_marks (DsCall  *call,
            GError **error)
{
  const char *owner = mark_owner (call);
  DsTopics changes = call->route->changes;

  if (changes != 0 &&
      (!ds_mark_store_bump (call->db, owner, changes, error) ||
       (!g_str_equal (owner, DS_MARK_OWNER_ALL) &&
        !ds_mark_store_bump (call->db, DS_MARK_OWNER_ALL, changes & shared_topics (), error))))
    return FALSE;
  for (guint i = 0; call->also_changed != NULL && i < call->also_changed->len; i++)
    {
      const DsChanged *changed = &g_array_index (call->also_changed, DsChanged, i);

      if (!ds_mark_store_bump (call->db, changed->owner, changed->topics, error) ||
          (!g_str_equal (changed->owner, DS_MARK_OWNER_ALL) &&
           !ds_mark_store_bump (call->db, DS_MARK_OWNER_ALL, changed->topics & shared_topics (), error)))
        return FALSE;
    }
  return TRUE;
}

/* The key an answer is kept under, or %NULL when it may not be kept: only
 * a plain GET by someone signed in, of a route that says what it reads.
 * Its answer depends on the data, on who asks (the session: one person,
 * one role, one customer) and on what they ask (path and query), which
 * make the key, and on nothing else a handler reads. */
static char *
answer_key (DsCall *call)
{
  if (call->dispatcher->answers == NULL || call->identity == NULL || call->route->reads == 0)
    return NULL;
  for (guint i = DS_HEADER_IF_NONE_MATCH; i < DS_N_HEADERS; i++)
    if (call->headers[i] != NULL)
      return NULL;
  return g_strconcat (call->identity->session_id, " ", call->path,
                      call->query_string != NULL ? "?" : "", call->query_string != NULL ? call->query_string : "",
                      NULL);
}

static DsReply *
replay_answer (DsCall     *call,
               const char *key,
               const char *version)
{
  DsAnswer answer = { 0 };
  DsReply *reply;

  if (!ds_answer_cache_lookup (call->dispatcher->answers, version, key, g_get_monotonic_time (), &answer))
    return NULL;
  reply = ds_reply_bytes (200, answer.content_type, answer.body);
  for (guint i = 0; answer.headers != NULL && answer.headers[i] != NULL; i += 2)
    ds_reply_set_header (reply, answer.headers[i], answer.headers[i + 1]);
  ds_answer_clear (&answer);
  return reply;
}

static gboolean
keep_answer (DsCall     *call,
             const char *key,
             const char *version,
             DsReply    *reply)
{
  g_auto(GStrv) headers = NULL;

  if (ds_reply_get_status (reply) != 200 ||
      g_strcmp0 (ds_reply_get_content_type (reply), "application/json") != 0)
    return FALSE;
  headers = ds_reply_get_headers (reply);
  return ds_answer_cache_store (call->dispatcher->answers, version, key, g_get_monotonic_time (),
                                ds_reply_get_body (reply), ds_reply_get_content_type (reply), headers);
}

/* The pipeline */

/* Authentication, the role and the scope: who asks and about whom. */
static DsReply *
admit (DsCall   *call,
       GError  **error)
{
  DsReply *reply;

  if (call->route->roles == DS_ROLES_PUBLIC)
    return NULL;
  if ((reply = authenticate (call, error)) != NULL || *error != NULL)
    return reply;
  if (!check_role (call, error))
    return NULL;
  resolve_scope (call, error);
  return NULL;
}

static DsReply *
run_read (DsCall   *call,
          GError  **error)
{
  g_autofree char *key = NULL;
  g_autofree char *version = NULL;
  g_autoptr(GError) version_error = NULL;
  DsReply *reply = NULL;

  ds_db_begin_read (call->db);
  if (call->route->roles != DS_ROLES_PUBLIC)
    {
      if ((reply = authenticate (call, error)) != NULL || *error != NULL)
        goto out;
      /* Signed in: whatever comes of it says how it came in. */
      key = answer_key (call);
      if (key != NULL)
        call->cache_status = "doorstep; fwd=miss";
      if (!check_role (call, error) || !resolve_scope (call, error))
        goto out;
    }

  if (key != NULL &&
      (version = ds_mark_store_version (call->db, call->customer_id, call->route->reads, &version_error)) == NULL)
    g_warning ("Could not read the marks of %s: %s", call->path, version_error->message);
  if (version != NULL && (reply = replay_answer (call, key, version)) != NULL)
    {
      call->cache_status = "doorstep; hit";
      goto out;
    }

  reply = call->route->handler (call, NULL, error);
  if (reply != NULL && version != NULL && keep_answer (call, key, version, reply))
    call->cache_status = "doorstep; fwd=miss; stored";

out:
  ds_db_end_read (call->db);
  return reply;
}

static DsReply *
write_once (DsCall      *call,
            DsWriteStep  step,
            gpointer     data,
            gboolean    *committed,
            GError     **error)
{
  g_autoptr(DsTransaction) tx = NULL;
  g_autoptr(DsReply) reply = NULL;
  gboolean idempotent = call->route->idempotent;
  gboolean marks_in_transaction = ds_mark_store_bumps_in_transaction (call->db);
  gboolean changed;

  *committed = FALSE;
  g_clear_pointer (&call->also_changed, g_array_unref);
  if ((tx = ds_transaction_begin (call->db, error)) == NULL)
    return NULL;
  if (idempotent)
    {
      if (!ds_idempotency_store_prune (call->db, call->identity->user_id, g_get_real_time () / G_USEC_PER_SEC,
                                       NULL, error))
        return NULL;
      if ((reply = replay_key (call, error)) != NULL || *error != NULL)
        return g_steal_pointer (&reply);
    }

  call->writing = TRUE;
  reply = step (call, data, error);
  call->writing = FALSE;
  /* A refusal the handler answered itself (412 with the record as it is
   * now) changed nothing: it moves no marks. */
  changed = reply != NULL && ds_reply_get_status (reply) < 400;
  if (reply == NULL ||
      (idempotent && !keep_key (call, reply, error)) ||
      (changed && marks_in_transaction && !move_marks (call, error)) ||
      !ds_transaction_commit (tx, error))
    return NULL;
  *committed = TRUE;

  if (changed && !marks_in_transaction)
    {
      g_autoptr(GError) marks_error = NULL;

      if (!move_marks (call, &marks_error))
        g_warning ("%s %s: could not move the marks of what it changed: %s", call->method, call->path,
                   marks_error->message);
    }
  return g_steal_pointer (&reply);
}

/**
 * ds_call_write:
 * @step: what to do in the transaction; its reply is the request's answer
 * @committed: (out) (optional): whether @step's work was committed: %FALSE
 *   when it failed, or when the request's Idempotency-Key had already been
 *   answered (by a retry that got there first), which is then replayed
 *
 * Runs @step in a write transaction, again from the start when it
 * collides with another (PostgreSQL's serializable transactions, up to
 * DS_TRANSACTION_ATTEMPTS times), with the route's Idempotency-Key looked
 * up first and its answer kept with the change, and the kept answers the
 * change could make stale dropped.
 *
 * The write transactions of one process take turns, as SQLite's must
 * anyway: a turn is handed on at once rather than found by SQLite's
 * polling for its lock, and PostgreSQL's transactions collide only with
 * other processes' (a hot row such as the receipt counter would otherwise
 * have every payment of a busy moment run again and again). Reads never
 * wait for them, and neither does the slow work a DS_TX_NONE route does
 * outside its write step.
 *
 * Returns: (transfer full) (nullable): the answer, or %NULL with @error
 */
DsReply *
ds_call_write (DsCall       *call,
               DsWriteStep   step,
               gpointer      data,
               gboolean     *committed,
               GError      **error)
{
  gboolean done = FALSE;

  g_return_val_if_fail (!call->writing, NULL);
  for (guint attempt = 1;; attempt++)
    {
      g_autoptr(GError) local_error = NULL;
      DsReply *reply;

      g_mutex_lock (&call->dispatcher->write_lock);
      reply = write_once (call, step, data, &done, &local_error);
      g_mutex_unlock (&call->dispatcher->write_lock);

      if (committed != NULL)
        *committed = done;
      if (reply != NULL)
        return reply;
      if (attempt < DS_TRANSACTION_ATTEMPTS &&
          g_error_matches (local_error, DS_DB_ERROR, DS_DB_ERROR_SERIALIZATION))
        {
          /* Those that collided should not all come back at once: a
           * random wait, up to twice as long each time (1 ms, 2, 4 ...). */
          g_debug ("%s %s: running it again: %s", call->method, call->path, local_error->message);
          g_usleep (g_random_int_range (0, 1000 << MIN (attempt, 7)));
          continue;
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
}

static DsReply *
run_handler_step (DsCall   *call,
                  gpointer  data,
                  GError  **error)
{
  if (!check_input (call, error))
    return NULL;
  return call->route->handler (call, call->input, error);
}

static DsReply *
run_write (DsCall   *call,
           GError  **error)
{
  DsReply *reply;

  if ((reply = admit (call, error)) != NULL || *error != NULL ||
      !read_body (call, error) || !check_key (call, error) || !ds_call_read_if_match (call, error))
    return reply;

  if (call->route->tx == DS_TX_WRITE)
    return ds_call_write (call, run_handler_step, NULL, NULL, error);

  /* A retry of a request already answered is replayed before any of its
   * slow work; its write step looks again, in its transaction. */
  if (call->route->idempotent && ((reply = replay_key (call, error)) != NULL || *error != NULL))
    return reply;
  if (!check_input (call, error))
    return NULL;
  return call->route->handler (call, call->input, error);
}

/**
 * ds_dispatcher_run:
 * @db: the worker's own connection
 *
 * Runs @call through its route, on a worker thread; its reply is then in
 * call->reply.
 */
void
ds_dispatcher_run (DsDispatcher *dispatcher,
                   DsCall       *call,
                   DsDb         *db)
{
  g_autoptr(GError) error = NULL;
  DsReply *reply;

  call->db = db;
  if (call->route->tx == DS_TX_READ)
    reply = run_read (call, &error);
  else
    reply = run_write (call, &error);

  if (reply == NULL)
    {
      if (error == NULL)
        {
          g_critical ("%s %s: the handler gave no answer", call->method, call->path);
          g_set_error_literal (&error, DS_DB_ERROR, DS_DB_ERROR_FAILED, "no answer");
        }
      log_error (call, error);
      reply = ds_reply_for_error (error);
    }
  else if (ds_reply_get_ranges (reply) && ds_reply_get_status (reply) == 200)
    reply = ds_reply_apply_range (reply, call->headers[DS_HEADER_RANGE],
                                  call->headers[DS_HEADER_IF_RANGE]);

  call->db = NULL;
  call->reply = reply;
}
