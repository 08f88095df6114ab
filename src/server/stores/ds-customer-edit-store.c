/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ds-customer-edit-store.h"
#include "ds-error.h"

/* A customer's record changed by the staff (migration 25). Every change
 * moves the record's version by one and writes each field it changed,
 * from what to what, to the activity list under the new version; that
 * list is what tells a change made from an older version whether someone
 * changed the same fields in between. */

static const char * const field_names[DS_CUSTOMER_N_FIELDS] = {
  [DS_CUSTOMER_FIELD_FIRST_NAME]    = "first_name",
  [DS_CUSTOMER_FIELD_LAST_NAME]     = "last_name",
  [DS_CUSTOMER_FIELD_COMPANY_NAME]  = "company_name",
  [DS_CUSTOMER_FIELD_CUSTOMER_TYPE] = "customer_type",
  [DS_CUSTOMER_FIELD_EMAIL]         = "email",
  [DS_CUSTOMER_FIELD_PHONE]         = "phone",
  [DS_CUSTOMER_FIELD_NOTIFICATIONS] = "notifications",
};

const char *
ds_customer_field_name (DsCustomerField field)
{
  g_return_val_if_fail (field < DS_CUSTOMER_N_FIELDS, NULL);
  return field_names[field];
}

gboolean
ds_customer_field_lookup (const char      *name,
                          DsCustomerField *field)
{
  for (guint i = 0; i < DS_CUSTOMER_N_FIELDS; i++)
    if (g_strcmp0 (name, field_names[i]) == 0)
      {
        *field = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * ds_customer_display_name:
 *
 * Returns: (transfer full): the name the customer is listed and greeted
 *   by: a business's name for a business, or when there is no person's
 *   name; the person's first and last name otherwise
 */
char *
ds_customer_display_name (const char *first_name,
                          const char *last_name,
                          const char *company_name,
                          const char *customer_type)
{
  if (company_name != NULL && (g_strcmp0 (customer_type, "business") == 0 || (first_name == NULL && last_name == NULL)))
    return g_strdup (company_name);
  if (first_name != NULL && last_name != NULL)
    return g_strdup_printf ("%s %s", first_name, last_name);
  return g_strdup (first_name != NULL ? first_name : last_name != NULL ? last_name : "");
}

/* The key the list is in order of: surname first, case folded. */
static char *
sort_key (const char *first_name,
          const char *last_name,
          const char *display_name)
{
  g_autofree char *key = last_name != NULL && g_str_has_suffix (display_name, last_name)
                         ? g_strdup_printf ("%s %s", last_name, first_name != NULL ? first_name : "")
                         : g_strdup (display_name);

  return g_utf8_casefold (g_strstrip (key), -1);
}

/* The record's fields as read, any of them NULL. */
typedef struct {
  char *value[DS_CUSTOMER_N_FIELDS];
} Fields;

static void
fields_clear (Fields *fields)
{
  for (guint f = 0; f < DS_CUSTOMER_N_FIELDS; f++)
    g_clear_pointer (&fields->value[f], g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Fields, fields_clear)

void
ds_customer_edit_clear (DsCustomerEdit *edit)
{
  for (guint i = 0; i < DS_CUSTOMER_N_FIELDS; i++)
    g_clear_pointer (&edit->value[i], g_free);
}

void
ds_customer_edit_result_clear (DsCustomerEditResult *result)
{
  g_clear_pointer (&result->conflicts, g_ptr_array_unref);
  g_clear_pointer (&result->changed_since, g_ptr_array_unref);
}

gboolean
ds_customer_store_get_version (DsDb        *db,
                               const char  *customer_id,
                               gint64      *version,
                               GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, "SELECT version FROM customers WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, customer_id);
  if (!ds_stmt_step_row (stmt, error))
    return FALSE;
  *version = ds_stmt_get_int64 (stmt, 0);
  return TRUE;
}

/* The changes since the editor's version to fields the edit also sets,
 * to something other than what they are now: the last change of each. */
static GPtrArray *
find_conflicts (GPtrArray            *changed_since,
                const DsCustomerEdit *edit,
                char                **current)
{
  DsActivity *last[DS_CUSTOMER_N_FIELDS] = { NULL };
  GPtrArray *conflicts = g_ptr_array_new ();

  for (guint i = 0; i < changed_since->len; i++)
    {
      DsActivity *change = g_ptr_array_index (changed_since, i);
      DsCustomerField field;

      if (ds_customer_field_lookup (change->field, &field))
        last[field] = change;
    }
  for (guint f = 0; f < DS_CUSTOMER_N_FIELDS; f++)
    if (last[f] != NULL && edit->set[f] && g_strcmp0 (edit->value[f], current[f]) != 0)
      g_ptr_array_add (conflicts, last[f]);
  return conflicts;
}

static gboolean
check_names (char   **values,
             GError **error)
{
  gboolean business = g_strcmp0 (values[DS_CUSTOMER_FIELD_CUSTOMER_TYPE], "business") == 0;

  if (business && values[DS_CUSTOMER_FIELD_COMPANY_NAME] == NULL)
    {
      ds_set_field_error (error, "company_name", "A business needs its name.");
      return FALSE;
    }
  if (values[DS_CUSTOMER_FIELD_FIRST_NAME] == NULL && values[DS_CUSTOMER_FIELD_LAST_NAME] == NULL &&
      values[DS_CUSTOMER_FIELD_COMPANY_NAME] == NULL)
    {
      ds_set_field_error (error, "last_name", "Give the customer a name, or a company name.");
      return FALSE;
    }
  return TRUE;
}

/**
 * ds_customer_store_edit:
 * @from_version: the version of the record the editor read
 * @result: (out caller-allocates): the version now, and what refused the
 *   change if anything did
 *
 * Sets @edit's fields, unless someone changed any of them to something
 * else since @from_version: then nothing is written, and @result's
 * conflicts say who changed what. A change that sets nothing new writes
 * nothing. A field error in @error when the record would be left without
 * a name; a precondition problem when @from_version is newer than the
 * record.
 */
gboolean
ds_customer_store_edit (DsDb                  *db,
                        const char            *customer_id,
                        gint64                 from_version,
                        const DsCustomerEdit  *edit,
                        const char            *actor_id,
                        DsCustomerEditResult  *result,
                        GError               **error)
{
  g_autoptr(DsStmt) read = ds_db_prepare (db,
                                          "SELECT version, first_name, last_name, company_name, customer_type,"
                                          "       email, phone, notifications"
                                          " FROM customers WHERE id = ?",
                                          error);
  g_autoptr(DsStmt) write = NULL;
  g_auto(Fields) read_fields = { { NULL } };
  char **current = read_fields.value;
  const char *values[DS_CUSTOMER_N_FIELDS];
  g_autofree char *display_name = NULL;
  g_autofree char *key = NULL;
  gboolean found, changes = FALSE;
  gint64 version;

  memset (result, 0, sizeof *result);
  if (read == NULL)
    return FALSE;
  ds_stmt_bind_text (read, 1, customer_id);
  if (!ds_stmt_step_optional (read, &found, error))
    return FALSE;
  if (!found)
    {
      ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such customer.");
      return FALSE;
    }
  version = ds_stmt_get_int64 (read, 0);
  for (guint f = 0; f < DS_CUSTOMER_N_FIELDS; f++)
    current[f] = ds_stmt_dup_text (read, (int) f + 1);
  result->version = version;

  if (from_version > version)
    {
      ds_set_problem (error, DS_ERROR_PRECONDITION, NULL,
                      "This customer’s record has no such version. Open it again and make the change there.");
      return FALSE;
    }
  if (from_version < version)
    {
      if ((result->changed_since = ds_activity_store_changes_since (db, customer_id, from_version, error)) == NULL)
        return FALSE;
      result->conflicts = find_conflicts (result->changed_since, edit, current);
      if (result->conflicts->len > 0)
        return TRUE;
      g_clear_pointer (&result->conflicts, g_ptr_array_unref);
    }

  for (guint f = 0; f < DS_CUSTOMER_N_FIELDS; f++)
    {
      values[f] = edit->set[f] ? edit->value[f] : current[f];
      changes |= g_strcmp0 (values[f], current[f]) != 0;
    }
  if (!check_names ((char **) values, error))
    return FALSE;
  if (!changes)
    return TRUE;

  display_name = ds_customer_display_name (values[DS_CUSTOMER_FIELD_FIRST_NAME], values[DS_CUSTOMER_FIELD_LAST_NAME],
                                           values[DS_CUSTOMER_FIELD_COMPANY_NAME],
                                           values[DS_CUSTOMER_FIELD_CUSTOMER_TYPE]);
  key = sort_key (values[DS_CUSTOMER_FIELD_FIRST_NAME], values[DS_CUSTOMER_FIELD_LAST_NAME], display_name);
  write = ds_db_prepare (db,
                         "UPDATE customers SET first_name = ?, last_name = ?, company_name = ?, customer_type = ?,"
                         " email = ?, phone = ?, notifications = ?, display_name = ?, sort_key = ?,"
                         " version = version + 1"
                         " WHERE id = ? AND version = ?",
                         error);
  if (write == NULL)
    return FALSE;
  for (guint f = 0; f < DS_CUSTOMER_N_FIELDS; f++)
    ds_stmt_bind_text (write, (int) f + 1, values[f]);
  ds_stmt_bind_text (write, DS_CUSTOMER_N_FIELDS + 1, display_name);
  ds_stmt_bind_text (write, DS_CUSTOMER_N_FIELDS + 2, key);
  ds_stmt_bind_text (write, DS_CUSTOMER_N_FIELDS + 3, customer_id);
  ds_stmt_bind_int64 (write, DS_CUSTOMER_N_FIELDS + 4, version);
  if (!ds_stmt_run (write, error))
    return FALSE;

  result->version = version + 1;
  for (guint f = 0; f < DS_CUSTOMER_N_FIELDS; f++)
    if (g_strcmp0 (values[f], current[f]) != 0 &&
        !ds_activity_store_record (db, customer_id, actor_id, DS_ACTIVITY_CHANGED, field_names[f], current[f], values[f],
                                   result->version, error))
      return FALSE;
  return TRUE;
}
