/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-context.h"

G_BEGIN_DECLS

typedef struct {
  char     *id;
  char     *description;
  gint64    quantity_milli;
  gint64    unit_price_minor;
  gboolean  optional;
  gboolean  selected;
} DsQuoteItem;

/* One quote with everything its page and its PDF show. */
typedef struct {
  char                *id;
  char                *customer_id;
  char                *customer_name;
  char                *number;
  char                *title;
  DoorstepQuoteStatus  status;
  gboolean             expired;
  char                *currency;
  char                *property_id;
  char                *property_label;
  char                *property_address;  /* one line, or NULL */
  char                *created_at;
  char                *issued_on;
  char                *valid_until;
  char                *notes;
  char                *terms;
  char                *request_description;
  gint64               discount_minor;
  guint                tax_rate_bp;
  gint64               deposit_minor;
  gint64               deposit_paid_minor;
  GPtrArray           *items;              /* of DsQuoteItem */
  DoorstepQuoteTotals  totals;
  char                *signer_name;        /* set once approved */
  char                *approved_at;
  GBytes              *signature_png;
  char                *decline_reason;
  char                *declined_at;
} DsQuote;

DsQuote  *ds_quote_load                 (DsDb        *db,
                                         const char  *quote_id,
                                         const char  *customer_id,
                                         const char  *today,
                                         GError     **error);
void      ds_quote_free                 (DsQuote     *quote);
gboolean  ds_quotes_create_for_request  (DsDb        *db,
                                         const char  *request_id,
                                         GError     **error);
gboolean  ds_quotes_refresh_total       (DsDb        *db,
                                         const char  *quote_id,
                                         GError     **error);

void      ds_quotes_list_handler        (DsContext *ctx);
void      ds_quotes_counts_handler      (DsContext *ctx);
void      ds_quotes_get_handler         (DsContext *ctx);
void      ds_quotes_approve_handler     (DsContext *ctx);
void      ds_quotes_decline_handler     (DsContext *ctx);
void      ds_quotes_pdf_handler         (DsContext *ctx);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsQuote, ds_quote_free)

G_END_DECLS
