/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "doorstep-api-private.h"
#include "doorstep-counts.h"
#include "doorstep-page.h"
#include "doorstep-record.h"

/* A call, put together by the resource files: its method and path, its
 * query (with the scope's customer), its body and Idempotency-Key, and
 * what a successful answer becomes. doorstep-api-send.c sends it. */

void
doorstep_api_call_free (DoorstepApiCall *call)
{
  g_free (call->method);
  g_string_free (call->path, TRUE);
  g_clear_pointer (&call->body, g_bytes_unref);
  g_free (call->body_type);
  g_free (call->idempotency_key);
  g_clear_pointer (&call->headers, g_ptr_array_unref);
  g_clear_object (&call->source);
  g_clear_object (&call->client);
  g_free (call->sent_token);
  g_clear_object (&call->msg);
  g_clear_pointer (&call->received, g_byte_array_unref);
  g_free (call);
}

static DoorstepApiCall *
call_new (DoorstepApiClient *client,
          const char        *method,
          DoorstepCallFlags  flags)
{
  DoorstepApiCall *call = g_new0 (DoorstepApiCall, 1);

  call->client = g_object_ref (client);
  call->source = g_object_ref (G_OBJECT (client));
  call->method = g_strdup (method);
  call->flags = flags;
  call->path = g_string_new (NULL);
  return call;
}

/**
 * doorstep_api_call_new:
 * @path_format: the path under /api/v1, "/quotes/%s/approve"; every "%s"
 *   takes the next argument, URI-escaped as one path segment
 *
 * Returns: (transfer full): a call to fill in and send
 */
DoorstepApiCall *
doorstep_api_call_new (DoorstepApiClient *client,
                       const char        *method,
                       DoorstepCallFlags  flags,
                       const char        *path_format,
                       ...)
{
  DoorstepApiCall *call = call_new (client, method, flags);
  va_list args;

  va_start (args, path_format);
  for (const char *p = path_format; *p != '\0'; p++)
    {
      if (p[0] == '%' && p[1] == 's')
        {
          g_string_append_uri_escaped (call->path, va_arg (args, const char *), NULL, FALSE);
          p++;
        }
      else
        g_string_append_c (call->path, *p);
    }
  va_end (args);

  return call;
}

/**
 * doorstep_api_call_new_for_path:
 * @path: a path under /api/v1 as it is, such as a list endpoint's
 *
 * Returns: (transfer full): a call to fill in and send
 */
DoorstepApiCall *
doorstep_api_call_new_for_path (DoorstepApiClient *client,
                                const char        *method,
                                DoorstepCallFlags  flags,
                                const char        *path)
{
  DoorstepApiCall *call = call_new (client, method, flags);

  g_string_append (call->path, path);
  return call;
}

/* Adds name=value to the query; a NULL or empty value is left out. */
void
doorstep_api_call_add_query (DoorstepApiCall *call,
                             const char      *name,
                             const char      *value)
{
  if (value == NULL || *value == '\0')
    return;
  g_string_append_c (call->path, call->has_query ? '&' : '?');
  g_string_append_uri_escaped (call->path, name, NULL, FALSE);
  g_string_append_c (call->path, '=');
  g_string_append_uri_escaped (call->path, value, NULL, FALSE);
  call->has_query = TRUE;
}

/* The call is about @scope's customer: staff previewing one name them.
 * The call's result then comes from @scope. */
void
doorstep_api_call_set_scope (DoorstepApiCall *call,
                             DoorstepScope   *scope)
{
  doorstep_api_call_add_query (call, "customer_id", doorstep_scope_get_customer_id (scope));
  g_set_object (&call->source, G_OBJECT (scope));
}

void
doorstep_api_call_set_body (DoorstepApiCall *call,
                            JsonNode        *body)
{
  char *text = json_to_string (body, FALSE);

  g_clear_pointer (&call->body, g_bytes_unref);
  call->body = g_bytes_new_take (text, strlen (text));
}

/**
 * doorstep_api_call_set_raw_body:
 *
 * Sends @bytes as they are (a file), as @content_type.
 */
void
doorstep_api_call_set_raw_body (DoorstepApiCall *call,
                                const char      *content_type,
                                GBytes          *bytes)
{
  g_clear_pointer (&call->body, g_bytes_unref);
  g_free (call->body_type);
  call->body = g_bytes_ref (bytes);
  call->body_type = g_strdup (content_type);
}

/**
 * doorstep_api_call_set_progress:
 *
 * Has @progress told, on the main loop, how much of the body has gone
 * out each time more of it has.
 */
void
doorstep_api_call_set_progress (DoorstepApiCall      *call,
                                DoorstepCallProgress  progress,
                                gpointer              user_data)
{
  call->progress = progress;
  call->progress_data = user_data;
}

/* The same @key for a retry of the same request: the server acts once. */
void
doorstep_api_call_set_idempotency_key (DoorstepApiCall *call,
                                       const char      *key)
{
  g_free (call->idempotency_key);
  call->idempotency_key = g_strdup (key);
}

/* Sends @name: @value too (If-Match); a header named again is replaced. */
void
doorstep_api_call_add_header (DoorstepApiCall *call,
                              const char      *name,
                              const char      *value)
{
  if (call->headers == NULL)
    call->headers = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (call->headers, g_strdup (name));
  g_ptr_array_add (call->headers, g_strdup (value));
}

void
doorstep_api_call_read_with (DoorstepApiCall    *call,
                             DoorstepCallReader  reader,
                             GType               type)
{
  call->reader = reader;
  call->type = type;
}

/* Every answer, a refusal too, goes to @reader with its headers, in place
 * of what doorstep_api_call_read_with() sets. */
void
doorstep_api_call_read_answer_with (DoorstepApiCall          *call,
                                    DoorstepCallAnswerReader  reader,
                                    GType                     type)
{
  call->answer_reader = reader;
  call->type = type;
}

GObject *
doorstep_api_read_record (DoorstepApiClient  *client,
                          JsonObject         *object,
                          GType               type,
                          GError            **error)
{
  return doorstep_record_new_from_json (type, object, error);
}

GObject *
doorstep_api_read_page (DoorstepApiClient  *client,
                        JsonObject         *object,
                        GType               item_type,
                        GError            **error)
{
  return G_OBJECT (doorstep_page_new_from_json (object, item_type, error));
}

/* A list's counts by filter (#DoorstepCounts); @type is unused. */
GObject *
doorstep_api_read_counts (DoorstepApiClient  *client,
                          JsonObject         *object,
                          GType               type,
                          GError            **error)
{
  return G_OBJECT (doorstep_counts_new_from_json (object, error));
}

/* A successful answer is a #DoorstepRecord of @type. */
void
doorstep_api_call_read_record (DoorstepApiCall *call,
                               GType            type)
{
  doorstep_api_call_read_with (call, doorstep_api_read_record, type);
}

/* A successful answer is a #DoorstepPage of records of @item_type. */
void
doorstep_api_call_read_page (DoorstepApiCall *call,
                             GType            item_type)
{
  doorstep_api_call_read_with (call, doorstep_api_read_page, item_type);
}

/**
 * doorstep_api_body_new:
 *
 * Returns: (transfer full): {"first_member": value, …}
 */
JsonNode *
doorstep_api_body_new (const char *first_member,
                       ...)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  va_list args;

  json_builder_begin_object (builder);
  va_start (args, first_member);
  for (const char *member = first_member; member != NULL; member = va_arg (args, const char *))
    {
      const char *value = va_arg (args, const char *);

      json_builder_set_member_name (builder, member);
      if (value != NULL)
        json_builder_add_string_value (builder, value);
      else
        json_builder_add_null_value (builder);
    }
  va_end (args);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
