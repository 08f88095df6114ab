/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-customer-store.h"
#include "ds-error.h"
#include "ds-file-store.h"

/* Files shared with a customer: their rows, and the rules of what one may
 * be named, what it may belong to and who may delete it. */

#define NAME_MAX_CHARS 200
#define ID_MAX_LENGTH  64

#define FILE_COLUMNS \
  "f.id, f.customer_id, f.kind, f.name, f.content_type, f.size_bytes, f.sha256, f.blob," \
  " f.thumbnail_blob, f.thumbnail_type, COALESCE(f.width, 0), COALESCE(f.height, 0), f.shared_by," \
  " CASE f.shared_by WHEN 'business' THEN (SELECT name FROM company) ELSE u.display_name END," \
  " f.uploaded_by, f.job_id, j.title, COALESCE(f.property_id, j.property_id), pr.label, f.created_at"

#define FILE_FROM \
  " FROM files f LEFT JOIN users u ON u.id = f.uploaded_by LEFT JOIN jobs j ON j.id = f.job_id" \
  " LEFT JOIN properties pr ON pr.id = COALESCE(f.property_id, j.property_id)"

gboolean
ds_file_store_insert (DsDb          *db,
                      const DsFile  *file,
                      GError       **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
    "INSERT INTO files (id, customer_id, kind, name, content_type, size_bytes, sha256, blob, thumbnail_blob,"
    " thumbnail_type, width, height, shared_by, uploaded_by, job_id, property_id, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, file->id);
  ds_stmt_bind_text (stmt, 2, file->customer_id);
  ds_stmt_bind_text (stmt, 3, file->kind);
  ds_stmt_bind_text (stmt, 4, file->name);
  ds_stmt_bind_text (stmt, 5, file->content_type);
  ds_stmt_bind_int64 (stmt, 6, file->size_bytes);
  ds_stmt_bind_text (stmt, 7, file->sha256);
  ds_stmt_bind_text (stmt, 8, file->blob);
  ds_stmt_bind_text (stmt, 9, file->thumbnail_blob);
  ds_stmt_bind_text (stmt, 10, file->thumbnail_type);
  if (file->width > 0)
    {
      ds_stmt_bind_int64 (stmt, 11, file->width);
      ds_stmt_bind_int64 (stmt, 12, file->height);
    }
  else
    {
      ds_stmt_bind_null (stmt, 11);
      ds_stmt_bind_null (stmt, 12);
    }
  ds_stmt_bind_text (stmt, 13, file->shared_by);
  ds_stmt_bind_text (stmt, 14, file->uploaded_by);
  ds_stmt_bind_text (stmt, 15, file->job_id);
  ds_stmt_bind_text (stmt, 16, file->property_id);
  ds_stmt_bind_text (stmt, 17, file->created_at);
  return ds_stmt_run (stmt, error);
}

/**
 * ds_file_store_get:
 *
 * Returns: (transfer full) (nullable): the customer's file, or %NULL
 *   (with @error unset) when they have none by that id
 */
DsFile *
ds_file_store_get (DsDb        *db,
                   const char  *customer_id,
                   const char  *file_id,
                   GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "SELECT " FILE_COLUMNS FILE_FROM
                                              " WHERE f.id = ? AND f.customer_id = ?", error);
  DsFile *file;
  gboolean found;

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, file_id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  if (!ds_stmt_step_optional (stmt, &found, error) || !found)
    return NULL;

  file = g_new0 (DsFile, 1);
  file->id = ds_stmt_dup_text (stmt, 0);
  file->customer_id = ds_stmt_dup_text (stmt, 1);
  file->kind = ds_stmt_dup_text (stmt, 2);
  file->name = ds_stmt_dup_text (stmt, 3);
  file->content_type = ds_stmt_dup_text (stmt, 4);
  file->size_bytes = ds_stmt_get_int64 (stmt, 5);
  file->sha256 = ds_stmt_dup_text (stmt, 6);
  file->blob = ds_stmt_dup_text (stmt, 7);
  file->thumbnail_blob = ds_stmt_dup_text (stmt, 8);
  file->thumbnail_type = ds_stmt_dup_text (stmt, 9);
  file->width = ds_stmt_get_int64 (stmt, 10);
  file->height = ds_stmt_get_int64 (stmt, 11);
  file->shared_by = ds_stmt_dup_text (stmt, 12);
  file->shared_by_name = ds_stmt_dup_text (stmt, 13);
  file->uploaded_by = ds_stmt_dup_text (stmt, 14);
  file->job_id = ds_stmt_dup_text (stmt, 15);
  file->job_title = ds_stmt_dup_text (stmt, 16);
  file->property_id = ds_stmt_dup_text (stmt, 17);
  file->property_label = ds_stmt_dup_text (stmt, 18);
  file->created_at = ds_stmt_dup_text (stmt, 19);
  return file;
}

gboolean
ds_file_store_delete (DsDb        *db,
                      const char  *file_id,
                      GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "DELETE FROM files WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, file_id);
  return ds_stmt_run (stmt, error);
}

/**
 * ds_file_store_owns_job:
 * @property_id: (out) (transfer full) (nullable): when the customer has
 *   the job, its property ("" when it has none); %NULL when they do not
 *
 * Returns: %FALSE only on a database error
 */
gboolean
ds_file_store_owns_job (DsDb        *db,
                        const char  *customer_id,
                        const char  *job_id,
                        char       **property_id,
                        GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "SELECT COALESCE(property_id, '') FROM jobs"
                                              " WHERE id = ? AND customer_id = ?", error);
  gboolean found;

  *property_id = NULL;
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, job_id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  if (!ds_stmt_step_optional (stmt, &found, error))
    return FALSE;
  if (found)
    *property_id = ds_stmt_dup_text (stmt, 0);
  return TRUE;
}

void
ds_file_free (DsFile *file)
{
  if (file == NULL)
    return;
  g_free (file->id);
  g_free (file->customer_id);
  g_free (file->kind);
  g_free (file->name);
  g_free (file->content_type);
  g_free (file->sha256);
  g_free (file->blob);
  g_free (file->thumbnail_blob);
  g_free (file->thumbnail_type);
  g_free (file->shared_by);
  g_free (file->shared_by_name);
  g_free (file->uploaded_by);
  g_free (file->job_id);
  g_free (file->job_title);
  g_free (file->property_id);
  g_free (file->property_label);
  g_free (file->created_at);
  g_free (file);
}

/**
 * ds_file_store_require:
 *
 * Returns: (transfer full) (nullable): the customer's file, or %NULL with
 *   @error (DS_ERROR_NOT_FOUND when they have none by that id)
 */
DsFile *
ds_file_store_require (DsDb        *db,
                       const char  *customer_id,
                       const char  *file_id,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  DsFile *file = NULL;

  if (strlen (file_id) <= ID_MAX_LENGTH)
    file = ds_file_store_get (db, customer_id, file_id, &local_error);
  if (file != NULL)
    return file;
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such file.");
  return NULL;
}

/**
 * ds_file_store_place:
 * @job_id: (nullable): the job a new file belongs to
 * @property_id: (nullable): the property it belongs to
 *
 * Checks that @job_id and @property_id are @customer_id's, and the
 * property the job's, and puts them in @file (a job's file belongs to the
 * job's property). Refuses a field (DS_ERROR_INVALID) that is not.
 */
gboolean
ds_file_store_place (DsDb        *db,
                     const char  *customer_id,
                     const char  *job_id,
                     const char  *property_id,
                     DsFile      *file,
                     GError     **error)
{
  g_autofree char *job_property = NULL;
  gboolean owns = FALSE;

  if (job_id != NULL && *job_id != '\0')
    {
      if (strlen (job_id) <= ID_MAX_LENGTH &&
          !ds_file_store_owns_job (db, customer_id, job_id, &job_property, error))
        return FALSE;
      if (job_property == NULL)
        {
          ds_set_field_error (error, "job_id", "Choose one of your jobs.");
          return FALSE;
        }
      file->job_id = g_strdup (job_id);
      if (*job_property != '\0')
        file->property_id = g_steal_pointer (&job_property);
    }

  if (property_id == NULL || *property_id == '\0')
    return TRUE;
  if (strlen (property_id) <= ID_MAX_LENGTH &&
      !ds_customer_store_owns_property (db, customer_id, property_id, &owns, error))
    return FALSE;
  if (!owns || (file->property_id != NULL && !g_str_equal (file->property_id, property_id)))
    {
      ds_set_field_error (error, "property_id",
                          owns ? "This job was done at another of your properties."
                               : "Choose one of your properties.");
      return FALSE;
    }
  g_free (file->property_id);
  file->property_id = g_strdup (property_id);
  return TRUE;
}

/**
 * ds_file_check_name:
 *
 * A file's name ends up in headers and in the names of saved files, so it
 * is plain text of a sane length; refuses the field "name" otherwise.
 */
gboolean
ds_file_check_name (const char  *name,
                    GError     **error)
{
  const char *problem = NULL;
  gboolean visible = FALSE;

  if (name == NULL || *name == '\0')
    problem = "Give the file's name.";
  else if (!g_utf8_validate (name, -1, NULL))
    problem = "A file's name must be text.";
  else if (strlen (name) > NAME_MAX_CHARS * 4 || g_utf8_strlen (name, -1) > NAME_MAX_CHARS)
    problem = "A file's name can be at most 200 characters.";
  else
    for (const char *p = name; *p != '\0' && problem == NULL; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (c == '/' || c == '\\')
          problem = "A file's name cannot contain / or \\.";
        else if (c == '"' || g_unichar_iscntrl (c) || c == 0x2028 || c == 0x2029)
          problem = "A file's name cannot contain quotes or control characters.";
        else if (c != '.' && !g_unichar_isspace (c))
          visible = TRUE;
      }
  if (problem == NULL && !visible)
    problem = "Give the file's name.";
  if (problem == NULL)
    return TRUE;
  ds_set_field_error (error, "name", problem);
  return FALSE;
}

/* Only the customer's own uploads are theirs to delete, and only they
 * may (a staff preview reads). */
gboolean
ds_file_may_delete (const char *shared_by,
                    gboolean    by_customer)
{
  return by_customer && g_strcmp0 (shared_by, "customer") == 0;
}

/* Refuses (DS_ERROR_FORBIDDEN) to delete a file the customer did not share. */
gboolean
ds_file_check_delete (const DsFile  *file,
                      gboolean       by_customer,
                      GError       **error)
{
  if (ds_file_may_delete (file->shared_by, by_customer))
    return TRUE;
  ds_set_problem_printf (error, DS_ERROR_FORBIDDEN, "forbidden", "%s shared this file; only they can remove it.",
                         file->shared_by_name != NULL ? file->shared_by_name : "The business");
  return FALSE;
}
