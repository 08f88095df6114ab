/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-error.h"
#include "ds-payment-method-store.h"

/* Saved payment methods. At most one is the default (a partial unique
 * index holds it even against two requests at once); removing one keeps
 * its row (payments name it) but hides it; removing the default makes the
 * newest other card the default, so a customer with cards always has
 * one. A token from another customer is never found. */

#define COLUMNS "id, gateway, token, brand, last4, exp_month, exp_year, is_default, created_at"

void
ds_payment_method_free (DsPaymentMethod *method)
{
  if (method == NULL)
    return;
  g_free (method->id);
  g_free (method->gateway);
  g_free (method->token);
  g_free (method->brand);
  g_free (method->last4);
  g_free (method->created_at);
  g_free (method);
}

static DsPaymentMethod *
read_method (DsStmt *stmt)
{
  DsPaymentMethod *method = g_new0 (DsPaymentMethod, 1);

  method->id = ds_stmt_dup_text (stmt, 0);
  method->gateway = ds_stmt_dup_text (stmt, 1);
  method->token = ds_stmt_dup_text (stmt, 2);
  method->brand = ds_stmt_dup_text (stmt, 3);
  method->last4 = ds_stmt_dup_text (stmt, 4);
  method->exp_month = (guint) CLAMP (ds_stmt_get_int64 (stmt, 5), 1, 12);
  method->exp_year = (guint) CLAMP (ds_stmt_get_int64 (stmt, 6), 0, 9999);
  method->is_default = ds_stmt_get_int64 (stmt, 7) != 0;
  method->created_at = ds_stmt_dup_text (stmt, 8);
  return method;
}

/**
 * ds_payment_method_store_list:
 *
 * Returns: (transfer full) (nullable) (element-type DsPaymentMethod): the
 *   customer's saved cards, the default first, then newest first
 */
GPtrArray *
ds_payment_method_store_list (DsDb        *db,
                              const char  *customer_id,
                              GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " COLUMNS " FROM payment_methods"
                                          " WHERE customer_id = ? AND removed_at IS NULL"
                                          " ORDER BY is_default DESC, created_at DESC, id DESC",
                                          error);
  g_autoptr(GPtrArray) methods = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_payment_method_free);
  DsStep step;

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, customer_id);
  while ((step = ds_stmt_step (stmt, error)) == DS_STEP_ROW)
    g_ptr_array_add (methods, read_method (stmt));
  return step == DS_STEP_DONE ? g_steal_pointer (&methods) : NULL;
}

/**
 * ds_payment_method_store_get:
 *
 * Returns: (transfer full) (nullable): the customer's saved card, or
 *   %NULL (without an error) when they have none by that id
 */
DsPaymentMethod *
ds_payment_method_store_get (DsDb        *db,
                             const char  *method_id,
                             const char  *customer_id,
                             GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT " COLUMNS " FROM payment_methods"
                                          " WHERE id = ? AND customer_id = ? AND removed_at IS NULL",
                                          error);
  gboolean found;

  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, method_id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  if (!ds_stmt_step_optional (stmt, &found, error) || !found)
    return NULL;
  return read_method (stmt);
}

/**
 * ds_payment_method_store_require:
 *
 * Returns: (transfer full) (nullable): the customer's saved card, or %NULL
 *   with @error (DS_ERROR_NOT_FOUND when they have none by that id)
 */
DsPaymentMethod *
ds_payment_method_store_require (DsDb        *db,
                                 const char  *method_id,
                                 const char  *customer_id,
                                 GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  DsPaymentMethod *method = ds_payment_method_store_get (db, method_id, customer_id, &local_error);

  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (method == NULL)
    ds_set_problem (error, DS_ERROR_NOT_FOUND, NULL, "There is no such card.");
  return method;
}

/**
 * ds_payment_method_store_require_to_charge:
 *
 * The saved card a payment names: one the customer removed (or never
 * had) is refused as that field of the payment, since the pay dialog may
 * have offered it before it went.
 *
 * Returns: (transfer full) (nullable): the card, or %NULL with @error
 */
DsPaymentMethod *
ds_payment_method_store_require_to_charge (DsDb        *db,
                                           const char  *method_id,
                                           const char  *customer_id,
                                           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  DsPaymentMethod *method = ds_payment_method_store_get (db, method_id, customer_id, &local_error);

  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (method == NULL)
    ds_set_field_error (error, "payment_method_id",
                        "This card is not saved any more. Choose another or add it again.");
  return method;
}

/**
 * ds_payment_method_store_check_token:
 *
 * A new card's token, to charge: one that another customer saved is
 * theirs alone, and is refused (as field "token") as unknown, as a token
 * the gateway never issued is.
 */
gboolean
ds_payment_method_store_check_token (DsDb        *db,
                                     const char  *token,
                                     const char  *customer_id,
                                     GError     **error)
{
  gboolean foreign = FALSE;

  if (!ds_db_exists (db, "SELECT 1 FROM payment_methods WHERE token = ? AND customer_id <> ?",
                     token, customer_id, &foreign, error))
    return FALSE;
  if (foreign)
    {
      ds_set_field_error (error, "token", "The payment gateway does not know this card. Add it again.");
      return FALSE;
    }
  return TRUE;
}

static gboolean
run_sql (DsDb        *db,
         const char  *sql,
         const char  *first,
         const char  *second,
         GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, first);
  if (second != NULL)
    ds_stmt_bind_text (stmt, 2, second);
  return ds_stmt_run (stmt, error);
}

static gint64
count_methods (DsDb        *db,
               const char  *customer_id,
               GError     **error)
{
  g_autoptr(DsStmt) stmt = ds_db_prepare (db,
                                          "SELECT COUNT(*) FROM payment_methods"
                                          " WHERE customer_id = ? AND removed_at IS NULL",
                                          error);

  if (stmt == NULL)
    return -1;
  ds_stmt_bind_text (stmt, 1, customer_id);
  if (!ds_stmt_step_row (stmt, error))
    return -1;
  return ds_stmt_get_int64 (stmt, 0);
}

/**
 * ds_payment_method_store_add:
 * @make_default: whether it becomes the default; the first card always
 *   does
 *
 * Call in a write transaction.
 *
 * Returns: (transfer full) (nullable): the new method's id
 */
char *
ds_payment_method_store_add (DsDb        *db,
                             const char  *customer_id,
                             const char  *gateway,
                             const char  *token,
                             const char  *brand,
                             const char  *last4,
                             guint        exp_month,
                             guint        exp_year,
                             gboolean     make_default,
                             GError     **error)
{
  g_autofree char *id = ds_new_id ("pm");
  g_autofree char *now = ds_now_timestamp ();
  g_autofree char *month = g_strdup_printf ("%u", exp_month);
  g_autofree char *year = g_strdup_printf ("%u", exp_year);
  g_autoptr(DsStmt) stmt = NULL;
  gint64 existing = count_methods (db, customer_id, error);

  if (existing < 0)
    return NULL;
  make_default = make_default || existing == 0;
  if (make_default &&
      !run_sql (db, "UPDATE payment_methods SET is_default = 0 WHERE customer_id = ? AND is_default = 1",
                customer_id, NULL, error))
    return NULL;

  stmt = ds_db_prepare (db,
                        "INSERT INTO payment_methods (id, customer_id, gateway, token, brand, last4, exp_month,"
                        " exp_year, is_default, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    return NULL;
  ds_stmt_bind_text (stmt, 1, id);
  ds_stmt_bind_text (stmt, 2, customer_id);
  ds_stmt_bind_text (stmt, 3, gateway);
  ds_stmt_bind_text (stmt, 4, token);
  ds_stmt_bind_text (stmt, 5, brand);
  ds_stmt_bind_text (stmt, 6, last4);
  ds_stmt_bind_text (stmt, 7, month);
  ds_stmt_bind_text (stmt, 8, year);
  ds_stmt_bind_int64 (stmt, 9, make_default ? 1 : 0);
  ds_stmt_bind_text (stmt, 10, now);
  if (!ds_stmt_run (stmt, error))
    return NULL;
  return g_steal_pointer (&id);
}

/* Makes the customer's card @method_id their default (DS_ERROR_NOT_FOUND
 * when they have none by that id). Call in a write transaction. */
gboolean
ds_payment_method_store_set_default (DsDb        *db,
                                     const char  *method_id,
                                     const char  *customer_id,
                                     GError     **error)
{
  g_autoptr(DsPaymentMethod) method = ds_payment_method_store_require (db, method_id, customer_id, error);

  if (method == NULL)
    return FALSE;
  return run_sql (db, "UPDATE payment_methods SET is_default = 0 WHERE customer_id = ? AND is_default = 1",
                  customer_id, NULL, error) &&
         run_sql (db, "UPDATE payment_methods SET is_default = 1 WHERE id = ? AND customer_id = ?",
                  method_id, customer_id, error);
}

/* Removes the customer's card @method_id (DS_ERROR_NOT_FOUND when they
 * have none by that id). Call in a write transaction. */
gboolean
ds_payment_method_store_remove (DsDb        *db,
                                const char  *method_id,
                                const char  *customer_id,
                                GError     **error)
{
  g_autoptr(DsPaymentMethod) method = ds_payment_method_store_require (db, method_id, customer_id, error);
  g_autofree char *now = ds_now_timestamp ();
  g_autoptr(DsStmt) stmt = NULL;

  if (method == NULL)
    return FALSE;

  stmt = ds_db_prepare (db, "UPDATE payment_methods SET removed_at = ?, is_default = 0 WHERE id = ? AND customer_id = ?",
                        error);
  if (stmt == NULL)
    return FALSE;
  ds_stmt_bind_text (stmt, 1, now);
  ds_stmt_bind_text (stmt, 2, method_id);
  ds_stmt_bind_text (stmt, 3, customer_id);
  if (!ds_stmt_run (stmt, error))
    return FALSE;
  if (!method->is_default)
    return TRUE;

  /* The newest other card takes over. */
  return run_sql (db,
                  "UPDATE payment_methods SET is_default = 1 WHERE id = ("
                  " SELECT id FROM payment_methods WHERE customer_id = ?1 AND removed_at IS NULL"
                  " ORDER BY created_at DESC, id DESC LIMIT 1)",
                  customer_id, NULL, error);
}
