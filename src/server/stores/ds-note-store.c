/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-activity-store.h"
#include "ds-error.h"
#include "ds-note-store.h"

/* Notes about a customer (migration 24); writing and deleting one is
 * on the customer's activity list. A note's sort_key is '1' when it
 * is pinned, '0' when not, then the microsecond it was written, sixteen
 * digits: the list, in descending order of it, is pinned notes first and
 * the newest first among each, and notes written within one second keep
 * their order. Pinning changes only the first character. */

#define NOTE_COLUMNS \
  "n.id, n.customer_id, n.body, n.pinned, n.author_id, u.display_name, n.created_at, n.updated_at"

static const DsListSpec list_spec = {
  .columns = NOTE_COLUMNS,
  .from = "customer_notes n JOIN users u ON u.id = n.author_id WHERE n.customer_id = ?1",
  .key = "n.sort_key",
  .id = "n.id",
  .descending = TRUE,
  .n_params = 1,
};

/* The rules, which the routes' handlers follow and the app shows. */

/**
 * ds_note_may_change:
 *
 * Returns: whether @user_id may change @note's text or pin: only its
 *   author, whatever their role
 */
gboolean
ds_note_may_change (const DsNote *note,
                    const char   *user_id)
{
  return g_strcmp0 (note->author_id, user_id) == 0;
}

/**
 * ds_note_may_delete:
 *
 * Returns: whether @user_id, of @role, may delete @note: its author, or
 *   an admin
 */
gboolean
ds_note_may_delete (const DsNote *note,
                    const char   *user_id,
                    DoorstepRole  role)
{
  return role == DOORSTEP_ROLE_ADMIN || ds_note_may_change (note, user_id);
}

void
ds_note_free (DsNote *note)
{
  if (note == NULL)
    return;
  g_free (note->id);
  g_free (note->customer_id);
  g_free (note->body);
  g_free (note->author_id);
  g_free (note->author_name);
  g_free (note->created_at);
  g_free (note->updated_at);
  g_free (note);
}

static gpointer
read_note (DsStmt *stmt)
{
  DsNote *note = g_new0 (DsNote, 1);

  note->id = ds_stmt_dup_text (stmt, 0);
  note->customer_id = ds_stmt_dup_text (stmt, 1);
  note->body = ds_stmt_dup_text (stmt, 2);
  note->pinned = ds_stmt_get_int64 (stmt, 3) != 0;
  note->author_id = ds_stmt_dup_text (stmt, 4);
  note->author_name = ds_stmt_dup_text (stmt, 5);
  note->created_at = ds_stmt_dup_text (stmt, 6);
  note->updated_at = ds_stmt_dup_text (stmt, 7);
  return note;
}

/**
 * ds_note_store_list:
 *
 * Returns: (transfer full) (nullable): a page of #DsNote about @customer_id
 */
DsPage *
ds_note_store_list (DsDb                *db,
                    const char          *customer_id,
                    const DsPageRequest *request,
                    GError             **error)
{
  g_autoptr(DsStmt) stmt = ds_list_prepare (db, &list_spec, NULL, request, error);

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  return ds_list_read_page (stmt, request, read_note, (GDestroyNotify) ds_note_free, error);
}

/**
 * ds_note_store_get:
 *
 * Returns: (transfer full) (nullable): the note; %NULL with a not-found
 *   problem in @error when @customer_id has no such note
 */
DsNote *
ds_note_store_get (DsDb        *db,
                   const char  *customer_id,
                   const char  *note_id,
                   GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " NOTE_COLUMNS
                                          " FROM customer_notes n JOIN users u ON u.id = n.author_id"
                                          " WHERE n.id = ? AND n.customer_id = ?",
                                          error);
  gboolean found;

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, note_id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  if (!ds_stmt_step_optional (stmt, &found, error))
    return NULL;
  if (!found)
    {
      ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such note.");
      return NULL;
    }
  return read_note (stmt);
}

static char *
sort_key (gboolean pinned)
{
  return g_strdup_printf ("%c%016" G_GINT64_FORMAT, pinned ? '1' : '0', g_get_real_time ());
}

/**
 * ds_note_store_add:
 * @body: checked by the caller (doorstep_validate_note())
 *
 * Returns: (transfer full) (nullable): the new note's id
 */
char *
ds_note_store_add (DsDb        *db,
                   const char  *customer_id,
                   const char  *author_id,
                   const char  *body,
                   gboolean     pinned,
                   GError     **error)
{
  g_autofree char *id = ds_new_id ("not");
  g_autofree char *now = ds_now_timestamp ();
  g_autofree char *key = sort_key (pinned);
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "INSERT INTO customer_notes"
                                          " (id, customer_id, author_id, body, pinned, created_at, sort_key)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?)",
                                          error);

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  ds_stmt_bind_text (stmt, 3, author_id);
  ds_stmt_bind_text (stmt, 4, body);
  ds_stmt_bind_int64 (stmt, 5, pinned ? 1 : 0);
  ds_stmt_bind_text (stmt, 6, now);
  ds_stmt_bind_text (stmt, 7, key);
  if (!ds_stmt_run (stmt, error) ||
      !ds_activity_store_record (db, customer_id, author_id, DS_ACTIVITY_NOTE_ADDED, NULL, NULL, body, 0, error))
    return NULL;
  return g_steal_pointer (&id);
}

/**
 * ds_note_store_change:
 * @note: as read in the same transaction
 *
 * Changes @note's text, its pin, or both, when @user_id may
 * (ds_note_may_change(); a forbidden problem in @error when not).
 */
gboolean
ds_note_store_change (DsDb                *db,
                      const DsNote        *note,
                      const DsNoteChange  *change,
                      const char          *user_id,
                      GError             **error)
{
  g_autoptr(DsStmt) stmt = NULL;
  g_autofree char *now = ds_now_timestamp ();
  gboolean pinned = change->set_pinned ? change->pinned : note->pinned;

  if (!ds_note_may_change (note, user_id))
    {
      ds_set_problem (error, DS_ERROR_FORBIDDEN, NULL, "Only the note’s author can change it.");
      return FALSE;
    }
  stmt = ds_db_prepare (db,
                        "UPDATE customer_notes SET body = ?, pinned = ?, updated_at = ?,"
                        " sort_key = ? || substr(sort_key, 2)"
                        " WHERE id = ?",
                        error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, change->body != NULL ? change->body : note->body);
  ds_stmt_bind_int64 (stmt, 2, pinned ? 1 : 0);
  ds_stmt_bind_text (stmt, 3, now);
  ds_stmt_bind_text (stmt, 4, pinned ? "1" : "0");
  ds_stmt_bind_text (stmt, 5, note->id);
  return ds_stmt_run (stmt, error);
}

/**
 * ds_note_store_delete:
 * @note: as read in the same transaction
 *
 * Deletes @note when @user_id, of @role, may (ds_note_may_delete(); a
 * forbidden problem in @error when not).
 */
gboolean
ds_note_store_delete (DsDb         *db,
                      const DsNote *note,
                      const char   *user_id,
                      DoorstepRole  role,
                      GError      **error)
{
  g_autoptr(DsStmt) stmt = NULL;

  if (!ds_note_may_delete (note, user_id, role))
    {
      ds_set_problem (error, DS_ERROR_FORBIDDEN, NULL, "Only the note’s author or an admin can delete it.");
      return FALSE;
    }
  stmt = ds_db_prepare (db, "DELETE FROM customer_notes WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, note->id);
  return ds_stmt_run (stmt, error) &&
         ds_activity_store_record (db, note->customer_id, user_id, DS_ACTIVITY_NOTE_DELETED, NULL, note->body, NULL, 0,
                                   error);
}
