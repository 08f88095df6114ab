/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-company-store.h"
#include "ds-db.h"
#include "ds-list.h"

G_BEGIN_DECLS

/* The orders a page of the list may be asked in (sort=NAME, or -NAME). */
extern const DsListSorts ds_payment_list_sorts;

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
gboolean  ds_payment_store_sum_received (DsDb         *db,
                                         const char   *customer_id,
                                         gint64       *total_minor,
                                         GError      **error);
void      ds_payment_free       (DsPayment            *payment);

/* What the customer can pay now: an open invoice's balance, or the
 * deposit pending on an approved quote. */
typedef enum {
  DS_PAYABLE_INVOICE,
  DS_PAYABLE_DEPOSIT,
} DsPayableKind;

typedef struct {
  DsPayableKind  kind;
  char          *id;             /* the invoice's or the quote's */
  char          *number;
  char          *title;
  char          *currency;
  char          *due_date;       /* invoices; NULL for a deposit */
  gint64         days_overdue;
  gint64         total_minor;    /* the invoice's, or the deposit asked */
  gint64         due_minor;      /* what is left to pay */
} DsPayableItem;

DsPage   *ds_payment_store_list_payable (DsDb                *db,
                                         const char          *customer_id,
                                         const char          *today,
                                         const DsPageRequest *request,
                                         GError             **error);

/* Paying: what one line of a checkout pays (an invoice or a quote's
 * deposit), locked and checked against concurrent payments until the
 * transaction ends, then recorded. */
typedef struct {
  char   *invoice_id;   /* one of these two */
  char   *quote_id;
  gint64  amount_minor;
} DsPaymentLine;

typedef struct {
  const char *gateway;
  const char *gateway_charge_id;
  const char *currency;
  gint64      tip_minor;
  const char *card_brand;
  const char *card_last4;
} DsChargeRecord;

DsPayment *ds_payment_store_require    (DsDb                 *db,
                                        const char           *payment_id,
                                        const char           *customer_id,
                                        GError              **error);
gboolean   ds_payment_store_lock_lines (DsDb                 *db,
                                        const char           *customer_id,
                                        const DsCompany      *company,
                                        const DsPaymentLine  *lines,
                                        guint                 n_lines,
                                        gint64                tip_minor,
                                        GError              **error);
GPtrArray *ds_payment_store_record     (DsDb                 *db,
                                        const char           *customer_id,
                                        const DsChargeRecord *charge,
                                        const DsPaymentLine  *lines,
                                        guint                 n_lines,
                                        char                **charge_id,
                                        GError              **error);
void       ds_payment_line_clear       (DsPaymentLine        *line);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsPayment, ds_payment_free)

G_END_DECLS
