/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-common.h"
#include "ds-db.h"
#include "ds-list.h"

G_BEGIN_DECLS

/* The orders a page of the list may be asked in (sort=NAME, or -NAME). */
extern const DsListSorts ds_invoice_list_sorts;

/* What a customer owes on their open invoices. */
typedef struct {
  gint64 total_minor;
  gint64 invoice_count;
  gint64 overdue_count;
  gint64 overdue_minor;   /* of total_minor, what is past its due date */
} DsBalance;

typedef struct {
  char   *id;
  char   *description;
  gint64  quantity_milli;
  gint64  unit_price_minor;
} DsInvoiceItem;

/* A payment applied to an invoice, and the card that paid it. */
typedef struct {
  char   *id;
  char   *receipt_number;
  gint64  amount_minor;
  char   *paid_at;
  char   *card_brand;
  char   *card_last4;
} DsInvoicePayment;

/* One invoice with everything its page and its PDF show. */
typedef struct {
  char                  *id;
  char                  *customer_name;
  char                  *number;
  char                  *title;
  DoorstepInvoiceStatus  status;
  char                  *currency;
  char                  *issued_on;
  char                  *due_date;
  gint64                 days_overdue;       /* 0 unless open and past due */
  char                  *created_at;
  char                  *job_id;
  char                  *job_title;
  char                  *property_id;
  char                  *property_label;
  char                  *property_address;  /* one line, or NULL */
  char                  *quote_id;
  char                  *quote_number;
  char                  *notes;
  gint64                 discount_minor;
  guint                  tax_rate_bp;
  GPtrArray             *items;              /* of DsInvoiceItem */
  DoorstepQuoteTotals    totals;
  gint64                 paid_minor;
  gint64                 balance_minor;
  GPtrArray             *payments;           /* of DsInvoicePayment, oldest first */
} DsInvoice;

/* A row of the list. */
typedef struct {
  char   *id;
  char   *number;
  char   *title;
  char   *status;
  char   *issued_on;
  char   *due_date;
  gint64  days_overdue;
  char   *created_at;
  char   *property_label;
  char   *currency;
  gint64  total_minor;
  gint64  balance_minor;
} DsInvoiceSummary;

gboolean  ds_invoice_store_get_balance (DsDb                  *db,
                                        const char            *customer_id,
                                        const char            *today,
                                        DsBalance             *balance,
                                        GError               **error);
DsPage   *ds_invoice_store_list        (DsDb                  *db,
                                        const char            *customer_id,
                                        DoorstepInvoiceFilter  filter,
                                        const char            *today,
                                        const DsPageRequest   *request,
                                        GError               **error);
gboolean  ds_invoice_store_count       (DsDb                  *db,
                                        const char            *customer_id,
                                        const char            *today,
                                        gint64                *counts,
                                        GError               **error);
gboolean  ds_invoice_store_get         (DsDb                  *db,
                                        const char            *invoice_id,
                                        const char            *customer_id,
                                        const char            *today,
                                        DsInvoice            **invoice,
                                        GError               **error);
DsInvoice *ds_invoice_store_require    (DsDb                  *db,
                                        const char            *invoice_id,
                                        const char            *customer_id,
                                        const char            *today,
                                        GError               **error);
void      ds_invoice_free              (DsInvoice             *invoice);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsInvoice, ds_invoice_free)

gint64    ds_invoice_days_overdue (const char *due_date,
                                   const char *today);

G_END_DECLS
