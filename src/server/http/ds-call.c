/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "ds-call-private.h"
#include "ds-company-store.h"

const char * const ds_header_names[DS_N_HEADERS] = {
  [DS_HEADER_AUTHORIZATION] = "Authorization",
  [DS_HEADER_IDEMPOTENCY_KEY] = "Idempotency-Key",
  [DS_HEADER_CONTENT_TYPE] = "Content-Type",
  [DS_HEADER_IF_NONE_MATCH] = "If-None-Match",
  [DS_HEADER_IF_MODIFIED_SINCE] = "If-Modified-Since",
  [DS_HEADER_IF_MATCH] = "If-Match",
  [DS_HEADER_IF_UNMODIFIED_SINCE] = "If-Unmodified-Since",
  [DS_HEADER_IF_RANGE] = "If-Range",
  [DS_HEADER_RANGE] = "Range",
};

static void
clear_changed (gpointer data)
{
  DsChanged *changed = data;

  g_free (changed->owner);
}

/**
 * ds_call_new:
 * @params: (transfer full) (nullable): the path's parameters
 * @query: (transfer full): the query's parameters
 */
DsCall *
ds_call_new (DsDispatcher  *dispatcher,
             const DsRoute *route,
             const char    *method,
             const char    *path,
             const char    *query_string,
             GHashTable    *params,
             GHashTable    *query)
{
  DsCall *call = g_new0 (DsCall, 1);

  call->dispatcher = dispatcher;
  call->route = route;
  call->method = g_strdup (method);
  call->path = g_strdup (path);
  call->query_string = g_strdup (query_string);
  call->params = params;
  call->query = query;
  return call;
}

void
ds_call_free (DsCall *call)
{
  if (call == NULL)
    return;
  g_free (call->method);
  g_free (call->path);
  g_free (call->query_string);
  g_clear_pointer (&call->params, g_hash_table_unref);
  g_clear_pointer (&call->query, g_hash_table_unref);
  for (guint i = 0; i < DS_N_HEADERS; i++)
    g_free (call->headers[i]);
  g_clear_pointer (&call->body, g_bytes_unref);
  g_free (call->remote_address);
  g_clear_pointer (&call->identity, ds_identity_free);
  g_free (call->customer_id);
  g_free (call->today);
  g_free (call->request_hash);
  if (call->input != NULL)
    call->route->input->free (call->input);
  g_clear_pointer (&call->input_errors, g_hash_table_unref);
  g_clear_pointer (&call->also_changed, g_array_unref);
  g_clear_pointer (&call->reply, ds_reply_free);
  g_free (call);
}

DsDb *
ds_call_get_db (DsCall *call)
{
  return call->db;
}

const DsServerConfig *
ds_call_get_config (DsCall *call)
{
  return &call->dispatcher->config;
}

/* Returns: (nullable): who asks; %NULL on a public route */
const DsIdentity *
ds_call_get_identity (DsCall *call)
{
  return call->identity;
}

/**
 * ds_call_get_customer_id:
 *
 * Returns: (nullable): whose portal data the call is about, as the route's
 *   scope decided: a customer's own, or the one staff named with
 *   customer_id; %NULL for routes without a scope, and for staff reading
 *   across customers
 */
const char *
ds_call_get_customer_id (DsCall *call)
{
  return call->customer_id;
}

/* Whether a customer asks (rather than staff, or nobody signed in). */
gboolean
ds_call_is_customer (DsCall *call)
{
  return call->identity != NULL && call->identity->role == DOORSTEP_ROLE_CUSTOMER;
}

/* Returns: (nullable): a {name} of the path, unescaped and checked */
const char *
ds_call_get_param (DsCall     *call,
                   const char *name)
{
  return call->params != NULL ? g_hash_table_lookup (call->params, name) : NULL;
}

/* Returns: (nullable): a query parameter, unescaped and checked */
const char *
ds_call_get_query (DsCall     *call,
                   const char *name)
{
  return g_hash_table_lookup (call->query, name);
}

/* Returns: (transfer none): a DS_BODY_BYTES route's body, as it came */
GBytes *
ds_call_get_body (DsCall *call)
{
  g_return_val_if_fail (call->route->body == DS_BODY_BYTES, NULL);
  return call->body;
}

const char *
ds_call_get_remote_address (DsCall *call)
{
  return call->remote_address != NULL ? call->remote_address : "unknown";
}

/**
 * ds_call_get_today:
 *
 * Returns: (nullable): the business's day, "YYYY-MM-DD" in its time zone,
 *   which decides what has expired or is overdue; read once per call
 */
const char *
ds_call_get_today (DsCall  *call,
                   GError **error)
{
  if (call->today == NULL && !ds_company_store_get_today (call->db, &call->today, NULL, error))
    return NULL;
  return call->today;
}

/**
 * ds_call_read_if_match:
 *
 * For a conditional route (a change that must say which version of the
 * record it was made from), reads If-Match: missing is 428, anything but
 * one ETag this server gave (ds_call_format_etag()) is 400.
 */
gboolean
ds_call_read_if_match (DsCall  *call,
                       GError **error)
{
  const char *header = call->headers[DS_HEADER_IF_MATCH];
  g_autofree char *trimmed = NULL;
  gsize length;
  guint64 version;

  if (!call->route->conditional)
    return TRUE;
  if (header == NULL)
    {
      ds_set_problem (error, DS_ERROR_PRECONDITION_REQUIRED, NULL,
                      "Send If-Match with the ETag of the record as you read it, so that no one’s change is lost.");
      return FALSE;
    }
  trimmed = g_strstrip (g_strdup (header));
  length = strlen (trimmed);
  if (length >= 3 && trimmed[0] == '"' && trimmed[length - 1] == '"')
    trimmed[length - 1] = '\0';
  else
    length = 0;
  if (length == 0 || !g_ascii_string_to_unsigned (trimmed + 1, 10, 1, G_MAXINT64, &version, NULL))
    {
      ds_set_problem (error, DS_ERROR_BAD_REQUEST, NULL,
                      "If-Match must be one ETag as the server sent it, such as \"3\".");
      return FALSE;
    }
  call->if_match = (gint64) version;
  return TRUE;
}

/* Returns: the version a conditional route's change was made from */
gint64
ds_call_get_if_match (DsCall *call)
{
  g_return_val_if_fail (call->route->conditional, 0);
  return call->if_match;
}

/* Returns: (transfer full): the ETag of a record's @version, "\"3\"" */
char *
ds_call_format_etag (gint64 version)
{
  return g_strdup_printf ("\"%" G_GINT64_FORMAT "\"", version);
}

/**
 * ds_call_not_modified:
 * @etag: the answer's ETag, quoted
 * @modified: (nullable): when what it shows last changed
 *
 * Whether a conditional GET already has what it would be answered
 * (If-None-Match, else If-Modified-Since): the handler then answers 304.
 */
gboolean
ds_call_not_modified (DsCall     *call,
                      const char *etag,
                      GDateTime  *modified)
{
  const char *if_none_match = call->headers[DS_HEADER_IF_NONE_MATCH];
  const char *if_modified_since = call->headers[DS_HEADER_IF_MODIFIED_SINCE];

  if (if_none_match != NULL)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (if_none_match));

      return strstr (trimmed, etag) != NULL || g_str_equal (trimmed, "*");
    }
  if (if_modified_since != NULL && modified != NULL)
    {
      g_autoptr(GDateTime) since = soup_date_time_new_from_http_string (if_modified_since);

      return since != NULL && g_date_time_compare (modified, since) <= 0;
    }
  return FALSE;
}

/**
 * ds_call_get_request_hash:
 *
 * Returns: a SHA-256 of the method, path, query and body, which tells
 *   whether a retry with an idempotency key is the same request
 */
const char *
ds_call_get_request_hash (DsCall *call)
{
  g_autoptr(GChecksum) checksum = NULL;
  const char *query = call->query_string;

  if (call->request_hash != NULL)
    return call->request_hash;

  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  /* NUL separators keep "a" + "bc" apart from "ab" + "c". */
  g_checksum_update (checksum, (const guchar *) call->method, (gssize) strlen (call->method) + 1);
  g_checksum_update (checksum, (const guchar *) call->path, (gssize) strlen (call->path) + 1);
  if (query != NULL)
    g_checksum_update (checksum, (const guchar *) query, (gssize) strlen (query));
  g_checksum_update (checksum, (const guchar *) "", 1);
  if (call->body != NULL && g_bytes_get_size (call->body) > 0)
    {
      gsize size;
      const guchar *data = g_bytes_get_data (call->body, &size);

      g_checksum_update (checksum, data, (gssize) size);
    }
  call->request_hash = g_strdup (g_checksum_get_string (checksum));
  return call->request_hash;
}

/**
 * ds_call_derive_key:
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
ds_call_derive_key (DsCall     *call,
                    const char *purpose)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  const char *parts[] = {
    purpose, call->identity->user_id, call->headers[DS_HEADER_IDEMPOTENCY_KEY], ds_call_get_request_hash (call),
  };

  g_return_val_if_fail (call->route->idempotent, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_checksum_update (checksum, (const guchar *) parts[i], (gssize) strlen (parts[i]) + 1);
  return g_strdup (g_checksum_get_string (checksum));
}

/**
 * ds_call_also_changed:
 * @owner: whose data: a customer's id, or "*" for everyone's
 *
 * For a write whose changes reach beyond its route's own customer and
 * topics: the answers kept for these are dropped too, when it commits.
 */
void
ds_call_also_changed (DsCall     *call,
                      const char *owner,
                      DsTopics    topics)
{
  DsChanged changed = { g_strdup (owner), topics };

  g_return_if_fail (call->writing);
  if (call->also_changed == NULL)
    {
      call->also_changed = g_array_new (FALSE, FALSE, sizeof (DsChanged));
      g_array_set_clear_func (call->also_changed, clear_changed);
    }
  g_array_append_val (call->also_changed, changed);
}
