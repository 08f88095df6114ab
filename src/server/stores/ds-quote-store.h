/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "doorstep-common.h"
#include "ds-db.h"
#include "ds-list.h"

G_BEGIN_DECLS

/* The orders a page of the list may be asked in (sort=NAME, or -NAME). */
extern const DsListSorts ds_quote_list_sorts;

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

/* A quote as a row of the list. */
typedef struct {
  char     *id;
  char     *number;
  char     *title;
  char     *status;
  char     *property_id;
  char     *property_label;
  char     *issued_on;
  char     *created_at;
  char     *valid_until;
  gint64    total_minor;
  char     *currency;
  gboolean  expired;
} DsQuoteSummary;

gboolean  ds_quote_store_get                (DsDb                 *db,
                                             const char           *quote_id,
                                             const char           *customer_id,
                                             const char           *today,
                                             DsQuote             **quote,
                                             GError              **error);
DsPage   *ds_quote_store_list               (DsDb                 *db,
                                             const char           *customer_id,
                                             DoorstepQuoteFilter   filter,
                                             const char           *today,
                                             const DsPageRequest  *request,
                                             GError              **error);
gboolean  ds_quote_store_count              (DsDb                 *db,
                                             const char           *customer_id,
                                             const char           *today,
                                             gint64               *counts,
                                             GError              **error);
gboolean  ds_quote_store_sum_awaiting       (DsDb                 *db,
                                             const char           *customer_id,
                                             const char           *today,
                                             gint64               *count,
                                             gint64               *total_minor,
                                             GError              **error);
gboolean  ds_quote_store_create_for_request (DsDb                 *db,
                                             const char           *request_id,
                                             GError              **error);
gboolean  ds_quote_store_refresh_total      (DsDb                 *db,
                                             const char           *quote_id,
                                             GError              **error);
DsQuote  *ds_quote_store_require            (DsDb                 *db,
                                             const char           *quote_id,
                                             const char           *customer_id,
                                             const char           *today,
                                             GError              **error);
gboolean  ds_quote_store_approve            (DsDb                 *db,
                                             const char           *quote_id,
                                             const char           *customer_id,
                                             const char           *today,
                                             const char           *user_id,
                                             const char           *signer_name,
                                             GBytes               *signature_png,
                                             const char * const   *selected_item_ids,
                                             GError              **error);
gboolean  ds_quote_store_decline            (DsDb                 *db,
                                             const char           *quote_id,
                                             const char           *customer_id,
                                             const char           *today,
                                             const char           *user_id,
                                             const char           *reason,
                                             GError              **error);

gboolean  ds_quote_awaits_decision          (const DsQuote        *quote);
gboolean  ds_quote_check_decidable          (const DsQuote        *quote,
                                             GError              **error);
gboolean  ds_quote_choose_optional_items    (DsQuote              *quote,
                                             const char * const   *item_ids);
void      ds_quote_free                     (DsQuote              *quote);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsQuote, ds_quote_free)

G_END_DECLS
