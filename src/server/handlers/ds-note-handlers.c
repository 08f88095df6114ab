/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-note-handlers.h"
#include "ds-note-store.h"
#include "ds-paging.h"

/* The staff's notes about a customer (/customers/{id}/notes). Every note
 * says whether the one asking may change or delete it, by the store's
 * rules, so that the app offers only what the server would do; the
 * server checks again on every change. */

static void
write_note (DsJsonWriter   *builder,
            gconstpointer  item,
            gpointer       user_data)
{
  const DsNote *note = item;
  const DsIdentity *identity = user_data;

  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", note->id);
  ds_json_add_string (builder, "body", note->body);
  ds_json_add_boolean (builder, "pinned", note->pinned);
  ds_json_writer_set_member_name (builder, "author");
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "id", note->author_id);
  ds_json_add_string (builder, "display_name", note->author_name);
  ds_json_writer_end_object (builder);
  ds_json_add_string (builder, "created_at", note->created_at);
  ds_json_add_string (builder, "updated_at", note->updated_at);
  ds_json_add_boolean (builder, "can_edit", ds_note_may_change (note, identity->user_id));
  ds_json_add_boolean (builder, "can_delete", ds_note_may_delete (note, identity->user_id, identity->role));
  ds_json_writer_end_object (builder);
}

static DsReply *
reply_note (DsCall     *call,
            guint       status,
            const char *note_id,
            GError    **error)
{
  g_autoptr(DsNote) note = ds_note_store_get (ds_call_get_db (call), ds_call_get_customer_id (call), note_id, error);
  g_autoptr(DsJsonWriter) builder = ds_json_writer_new ();

  if (note == NULL)
    return NULL;
  write_note (builder, note, (gpointer) ds_call_get_identity (call));
  return ds_reply_json (status, builder);
}

/* A note's text and pin, as sent. */
typedef struct {
  char     *body;
  gboolean  has_pinned;
  gboolean  pinned;
} NoteInput;

static void
note_input_free (gpointer data)
{
  NoteInput *input = data;

  g_free (input->body);
  g_free (input);
}

static void
check_body (NoteInput  *input,
            const char *body,
            GHashTable *errors)
{
  switch (doorstep_check_lines (body, DOORSTEP_NOTE_BODY_MAX))
    {
    case DOORSTEP_TEXT_OK:
      input->body = g_strdup (body);
      break;
    case DOORSTEP_TEXT_BLANK:
      ds_field_errors_add (errors, "body", "Write the note.");
      break;
    case DOORSTEP_TEXT_TOO_LONG:
      ds_field_errors_add (errors, "body", "Keep a note to 10,000 characters.");
      break;
    case DOORSTEP_TEXT_CONTROL:
    default:
      ds_field_errors_add (errors, "body", "A note can hold text, line breaks and tabs only.");
      break;
    }
}

static gpointer
read_note_input (JsonObject *body,
                 GHashTable *errors,
                 gboolean    body_required)
{
  NoteInput *input = g_new0 (NoteInput, 1);
  const char *text = ds_json_get_string (body, "body", errors);

  if (text != NULL || (body_required && !g_hash_table_contains (errors, "body")))
    check_body (input, text, errors);
  input->has_pinned = json_object_has_member (body, "pinned");
  input->pinned = ds_json_get_boolean (body, "pinned", FALSE, errors);
  return input;
}

static gpointer
read_new_note (JsonObject *body,
               GHashTable *errors)
{
  return read_note_input (body, errors, TRUE);
}

static gpointer
read_note_change (JsonObject *body,
                  GHashTable *errors)
{
  NoteInput *input = read_note_input (body, errors, FALSE);

  if (input->body == NULL && !input->has_pinned && g_hash_table_size (errors) == 0)
    ds_field_errors_add (errors, "body", "Send the note’s new text, its pin, or both.");
  return input;
}

const DsInput ds_new_note_input = { read_new_note, note_input_free, NULL };
const DsInput ds_note_change_input = { read_note_change, note_input_free, NULL };

DsReply *
ds_notes_list_handler (DsCall   *call,
                       gpointer  input,
                       GError  **error)
{
  g_autoptr(DsPage) page = NULL;
  g_auto(DsPageRequest) request = { 0 };

  if (!ds_call_read_page (call, &request, error) ||
      (page = ds_note_store_list (ds_call_get_db (call), ds_call_get_customer_id (call), &request, error)) == NULL)
    return NULL;
  return ds_reply_page (page, write_note, (gpointer) ds_call_get_identity (call));
}

DsReply *
ds_notes_create_handler (DsCall   *call,
                         gpointer  input,
                         GError  **error)
{
  NoteInput *sent = input;
  g_autofree char *id = NULL;
  g_autofree char *location = NULL;
  DsReply *reply;

  id = ds_note_store_add (ds_call_get_db (call), ds_call_get_customer_id (call), ds_call_get_identity (call)->user_id,
                          sent->body, sent->pinned, error);
  if (id == NULL || (reply = reply_note (call, 201, id, error)) == NULL)
    return NULL;
  location = g_strconcat ("/api/v1/customers/", ds_call_get_customer_id (call), "/notes/", id, NULL);
  ds_reply_set_header (reply, "Location", location);
  return reply;
}

DsReply *
ds_notes_update_handler (DsCall   *call,
                         gpointer  input,
                         GError  **error)
{
  NoteInput *sent = input;
  const DsIdentity *identity = ds_call_get_identity (call);
  const char *note_id = ds_call_get_param (call, "note_id");
  DsNoteChange change = { sent->body, sent->has_pinned, sent->pinned };
  g_autoptr(DsNote) note = NULL;
  DsDb *db = ds_call_get_db (call);

  if ((note = ds_note_store_get (db, ds_call_get_customer_id (call), note_id, error)) == NULL ||
      !ds_note_store_change (db, note, &change, identity->user_id, error))
    return NULL;
  return reply_note (call, 200, note_id, error);
}

DsReply *
ds_notes_delete_handler (DsCall   *call,
                         gpointer  input,
                         GError  **error)
{
  const DsIdentity *identity = ds_call_get_identity (call);
  g_autoptr(DsNote) note = NULL;
  DsDb *db = ds_call_get_db (call);

  if ((note = ds_note_store_get (db, ds_call_get_customer_id (call), ds_call_get_param (call, "note_id"), error)) == NULL ||
      !ds_note_store_delete (db, note, identity->user_id, identity->role, error))
    return NULL;
  return ds_reply_empty (204);
}
