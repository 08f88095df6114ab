/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-paging.h"
#include "ds-tag-handlers.h"
#include "ds-tag-json.h"

/* The business's tags (/tags) and the tags on a customer
 * (/customers/{id}/tags/{tag_id}: PUT puts one on, DELETE takes it off;
 * each says so again harmlessly). */

#define TAG_NAME_MAX 40

static void
write_tag (DsJsonWriter   *builder,
           gconstpointer  item,
           gpointer       user_data)
{
  ds_tag_json_write (builder, item);
}

DsReply *
ds_tags_list_handler (DsCall   *call,
                      gpointer  input,
                      GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };

  if (!ds_call_read_page (call, &request, error) ||
      (page = ds_tag_store_list (ds_call_get_db (call), &request, error)) == NULL)
    return NULL;
  return ds_reply_page (page, write_tag, NULL);
}

/* A new tag, as sent. */
typedef struct {
  char     *name;
  char     *colour;
  gboolean  warns;
} NewTag;

static void
new_tag_free (gpointer data)
{
  NewTag *tag = data;

  g_free (tag->name);
  g_free (tag->colour);
  g_free (tag);
}

static gpointer
read_new_tag (JsonObject *body,
              GHashTable *errors)
{
  NewTag *tag = g_new0 (NewTag, 1);
  const char *name = ds_json_require_string (body, "name", errors, "Name the tag.");
  const char *colour = ds_json_require_string (body, "colour", errors, "Choose the tag’s colour.");

  if (name != NULL)
    {
      tag->name = g_strstrip (g_strdup (name));
      if (doorstep_check_lines (tag->name, TAG_NAME_MAX) != DOORSTEP_TEXT_OK || strpbrk (tag->name, "\r\n\t") != NULL)
        ds_field_errors_add (errors, "name",
                             *tag->name == '\0' ? "Name the tag." : "Keep a tag’s name to one line of 40 characters.");
    }
  if (colour != NULL && !doorstep_tag_colour_from_string (colour, NULL))
    ds_field_errors_add (errors, "colour", "Choose one of the colours offered.");
  tag->colour = g_strdup (colour);
  tag->warns = ds_json_get_boolean (body, "warns", FALSE, errors);
  return tag;
}

const DsInput ds_new_tag_input = { read_new_tag, new_tag_free, NULL };

DsReply *
ds_tags_create_handler (DsCall   *call,
                        gpointer  input,
                        GError  **error)
{
  NewTag *sent = input;
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();
  g_autofree char *id = NULL;
  g_autoptr(DsTag) tag = NULL;
  DsDb *db = ds_call_get_db (call);

  if ((id = ds_tag_store_create (db, sent->name, sent->colour, sent->warns, error)) == NULL ||
      (tag = ds_tag_store_get (db, id, error)) == NULL)
    return NULL;
  ds_tag_json_write (builder, tag);
  return ds_reply_json (201, builder);
}

static DsReply *
set_tag (DsCall   *call,
         gboolean  on,
         GError  **error)
{
  g_autoptr(DsTag) tag = NULL;
  DsDb *db = ds_call_get_db (call);

  if ((tag = ds_tag_store_get (db, ds_call_get_param (call, "tag_id"), error)) == NULL ||
      !ds_tag_store_set (db, ds_call_get_customer_id (call), tag, on, ds_call_get_identity (call)->user_id, error))
    return NULL;
  return ds_reply_empty (204);
}

DsReply *
ds_customer_tags_add_handler (DsCall   *call,
                              gpointer  input,
                              GError  **error)
{
  return set_tag (call, TRUE, error);
}

DsReply *
ds_customer_tags_remove_handler (DsCall   *call,
                                 gpointer  input,
                                 GError  **error)
{
  return set_tag (call, FALSE, error);
}
