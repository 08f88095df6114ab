/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-json.h"
#include "ds-problem.h"

const char *
ds_problem_title (guint status)
{
  switch (status)
    {
    case 400: return "Bad request";
    case 401: return "Not signed in";
    case 403: return "Not allowed";
    case 404: return "Not found";
    case 405: return "Method not allowed";
    case 408: return "Request too slow";
    case 409: return "Conflict";
    case 411: return "Length required";
    case 412: return "Changed by someone else";
    case 413: return "Too large";
    case 414: return "Address too long";
    case 415: return "Unsupported media type";
    case 422: return "Invalid input";
    case 428: return "Version required";
    case 429: return "Too many attempts";
    case 431: return "Headers too large";
    case 500: return "Server error";
    case 503: return "Busy";
    default:  return soup_status_get_phrase (status);
    }
}

static int
compare_keys (const void *a,
              const void *b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * ds_problem_write_head:
 *
 * Begins a problem object in @builder with its type, title, status and
 * detail, for an answer that adds members of its own (a 412 with the
 * record as it is now) and then ends the object.
 */
void
ds_problem_write_head (DsJsonWriter *builder,
                       guint         status,
                       const char   *type,
                       const char   *detail)
{
  g_autofree char *type_uri = g_strconcat (DS_PROBLEM_TYPE_PREFIX, type, NULL);

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "type", type_uri);
  ds_json_add_string (builder, "title", ds_problem_title (status));
  ds_json_add_int (builder, "status", status);
  ds_json_add_string (builder, "detail", detail);
}

/**
 * ds_problem_body_new:
 * @type: the last part of the problem type, "not-found" for
 *   "urn:doorstep:problem:not-found"
 * @field_errors: (nullable): field name → message, for "errors"
 * @member: (nullable): an extension member, such as "action_url"
 *
 * Returns: (transfer full): an RFC 9457 problem+json body
 */
char *
ds_problem_body_new (guint       status,
                     const char *type,
                     const char *detail,
                     GHashTable *field_errors,
                     const char *member,
                     const char *member_value)
{
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();

  ds_problem_write_head (builder, status, type, detail);
  if (field_errors != NULL)
    {
      g_autofree gpointer *keys = g_hash_table_get_keys_as_array (field_errors, NULL);
      guint n = g_hash_table_size (field_errors);

      /* In a steady order, so that the same refusal reads the same. */
      qsort (keys, n, sizeof (gpointer), compare_keys);
      ds_json_writer_set_member_name (builder, "errors");
      ds_json_writer_begin_object (builder);
      for (guint i = 0; i < n; i++)
        ds_json_add_string (builder, keys[i], g_hash_table_lookup (field_errors, keys[i]));
      ds_json_writer_end_object (builder);
    }
  if (member != NULL)
    ds_json_add_string (builder, member, member_value);
  ds_json_writer_end_object (builder);
  return ds_json_writer_take_text (builder, NULL);
}

/* Makes @msg answer @status with a problem+json body. */
void
ds_problem_set (SoupServerMessage *msg,
                guint              status,
                const char        *type,
                const char        *detail)
{
  char *body = ds_problem_body_new (status, type, detail, NULL, NULL, NULL);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/problem+json", SOUP_MEMORY_TAKE, body, strlen (body));
}

void
ds_problem_set_too_large (SoupServerMessage *msg,
                          gsize              limit)
{
  g_autofree char *detail = g_strdup_printf ("The request body is larger than the %" G_GSIZE_FORMAT
                                             " MiB this server accepts here.",
                                             limit / (1024 * 1024));

  ds_problem_set (msg, 413, "payload-too-large", detail);
}
