/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "test-stores.h"

/* The storage layer itself, under the stores: statements sent together
 * (one round trip on PostgreSQL) and transactions begun with nothing run. */

/* The rows of @stmt, stepped to its end, one line each. */
static char *
rows_of (DsStmt *stmt)
{
  g_autoptr(GError) error = NULL;
  GString *rows = g_string_new (NULL);
  DsStep step;

  while ((step = ds_stmt_step (stmt, &error)) == DS_STEP_ROW)
    {
      for (int i = 0; i < ds_stmt_get_column_count (stmt); i++)
        g_string_append_printf (rows, "%s|", ds_stmt_get_text (stmt, i));
      g_string_append_c (rows, '\n');
    }
  g_assert_no_error (error);
  g_assert_cmpint (step, ==, DS_STEP_DONE);
  return g_string_free (rows, FALSE);
}

#define QUOTE_COUNT "SELECT COUNT(*) FROM quotes WHERE customer_id = ?"
#define PROPERTY_LABELS "SELECT label, city FROM properties WHERE customer_id = ? ORDER BY position, id"
#define CUSTOMER_NAME "SELECT display_name FROM customers WHERE id = ?"

/* Queries sent together (one round trip on PostgreSQL) give each the
 * rows it gives alone, in a read begun with nothing sent yet; bound
 * again, one is sent again. */
static void
test_statements_sent_together (void)
{
  const char *sqls[] = { QUOTE_COUNT, PROPERTY_LABELS, CUSTOMER_NAME };
  char *alone[G_N_ELEMENTS (sqls)] = { NULL };
  DsStmt *stmts[G_N_ELEMENTS (sqls)];
  g_autoptr(GError) error = NULL;

  ds_db_begin_read (db);
  for (guint i = 0; i < G_N_ELEMENTS (sqls); i++)
    {
      g_autoptr(DsStmt) stmt = ds_db_prepare (db, sqls[i], &error);

      g_assert_no_error (error);
      ds_stmt_bind_text (stmt, 1, MAYA);
      alone[i] = rows_of (stmt);
    }
  ds_db_end_read (db);
  g_assert_cmpstr (alone[1], ==, "Home|Portland|\nRental duplex|Portland|\n");

  ds_db_begin_read (db);
  for (guint i = 0; i < G_N_ELEMENTS (sqls); i++)
    {
      stmts[i] = ds_db_prepare (db, sqls[i], &error);
      g_assert_no_error (error);
      ds_stmt_bind_text (stmts[i], 1, MAYA);
    }
  g_assert_true (ds_stmts_prefetch (stmts, G_N_ELEMENTS (stmts), &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (sqls); i++)
    {
      g_autofree char *together = rows_of (stmts[i]);

      g_assert_cmpstr (together, ==, alone[i]);
    }
  ds_stmt_bind_text (stmts[2], 1, DANIEL);
  {
    g_autofree char *daniel = rows_of (stmts[2]);

    g_assert_cmpstr (daniel, ==, "Daniel Reyes|\n");
  }
  for (guint i = 0; i < G_N_ELEMENTS (sqls); i++)
    ds_stmt_free (stmts[i]);
  ds_db_end_read (db);

  /* A transaction nothing ran in ends as well as one that did. */
  ds_db_begin_read (db);
  ds_db_end_read (db);
  {
    g_autoptr(DsTransaction) tx = ds_transaction_begin (db, &error);

    g_assert_no_error (error);
    g_assert_true (ds_transaction_commit (tx, &error));
    g_assert_no_error (error);
  }
  {
    /* ... and one rolled back, freed without a commit. */
    DsTransaction *tx = ds_transaction_begin (db, &error);

    g_assert_no_error (error);
    g_assert_nonnull (tx);
    ds_transaction_free (tx);
  }
  assert_query_text (CUSTOMER_NAME, MAYA, "Maya Okafor");
  for (guint i = 0; i < G_N_ELEMENTS (sqls); i++)
    g_free (alone[i]);
}

/* A statement that fails among others sent together fails as it would
 * alone (here a second customer with Maya's id), and the transaction is
 * undone as after any failed statement. */
static void
test_statements_sent_together_fail (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DsStmt) count = NULL;
  g_autoptr(DsStmt) insert = NULL;
  DsStmt *stmts[2];
  DsTransaction *tx = ds_transaction_begin (db, &error);

  g_assert_no_error (error);
  count = ds_db_prepare (db, QUOTE_COUNT, &error);
  g_assert_no_error (error);
  insert = ds_db_prepare (db, "INSERT INTO customers (id, display_name) VALUES (?, 'Second Maya')", &error);
  g_assert_no_error (error);
  ds_stmt_bind_text (count, 1, MAYA);
  ds_stmt_bind_text (insert, 1, MAYA);
  stmts[0] = count;
  stmts[1] = insert;
  /* On SQLite nothing is sent ahead: the insert fails when it runs. */
  if (ds_stmts_prefetch (stmts, 2, &error))
    {
      g_autofree char *rows = rows_of (count);

      g_assert_cmpstr (rows, ==, "7|\n");
      g_assert_false (ds_stmt_run (insert, &error));
    }
  g_assert_error (error, DS_DB_ERROR, DS_DB_ERROR_CONSTRAINT);
  g_clear_pointer (&count, ds_stmt_free);
  g_clear_pointer (&insert, ds_stmt_free);
  ds_transaction_free (tx);

  /* The connection serves the next request as before. */
  assert_query_text (CUSTOMER_NAME, MAYA, "Maya Okafor");
}

void
test_stores_add_db_tests (void)
{
  g_test_add_func ("/stores/statements-sent-together", test_statements_sent_together);
  g_test_add_func ("/stores/statements-sent-together-fail", test_statements_sent_together_fail);
}
