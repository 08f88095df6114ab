/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"
#include "ds-list.h"

G_BEGIN_DECLS

/* A payment as the history and its receipt show it: how much, when, by
 * which card, and what it paid (an invoice, or a quote's deposit). */
typedef struct {
  char   *id;
  char   *receipt_number;
  char   *currency;
  gint64  amount_minor;
  char   *paid_at;
  char   *card_brand;
  char   *card_last4;
  char   *invoice_id;
  char   *invoice_number;
  char   *quote_id;
  char   *quote_number;
  char   *title;             /* of the invoice or quote */
  char   *customer_name;     /* read with one payment only */
} DsPayment;

DsPage   *ds_payment_store_list (DsDb                 *db,
                                 const char           *customer_id,
                                 const DsPageRequest  *request,
                                 GError              **error);
gboolean  ds_payment_store_get  (DsDb                 *db,
                                 const char           *payment_id,
                                 const char           *customer_id,
                                 DsPayment           **payment,
                                 GError              **error);
void      ds_payment_free       (DsPayment            *payment);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsPayment, ds_payment_free)

G_END_DECLS
