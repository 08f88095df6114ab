/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"

G_BEGIN_DECLS

/* What a customer owes on their open invoices. */
typedef struct {
  gint64 total_minor;
  gint64 invoice_count;
  gint64 overdue_count;
} DsBalance;

gboolean ds_invoice_store_get_balance (DsDb        *db,
                                       const char  *customer_id,
                                       const char  *today,
                                       DsBalance   *balance,
                                       GError     **error);

G_END_DECLS
