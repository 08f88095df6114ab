/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"

G_BEGIN_DECLS

/* A saved card: the gateway's token and what can be shown of it. */
typedef struct {
  char     *id;
  char     *gateway;
  char     *token;
  char     *brand;
  char     *last4;
  guint     exp_month;
  guint     exp_year;
  gboolean  is_default;
  char     *created_at;
} DsPaymentMethod;

GPtrArray       *ds_payment_method_store_list              (DsDb             *db,
                                                            const char       *customer_id,
                                                            GError          **error);
DsPaymentMethod *ds_payment_method_store_get               (DsDb             *db,
                                                            const char       *method_id,
                                                            const char       *customer_id,
                                                            GError          **error);
DsPaymentMethod *ds_payment_method_store_require           (DsDb             *db,
                                                            const char       *method_id,
                                                            const char       *customer_id,
                                                            GError          **error);
DsPaymentMethod *ds_payment_method_store_require_to_charge (DsDb             *db,
                                                            const char       *method_id,
                                                            const char       *customer_id,
                                                            GError          **error);
gboolean         ds_payment_method_store_check_token       (DsDb             *db,
                                                            const char       *token,
                                                            const char       *customer_id,
                                                            GError          **error);
char            *ds_payment_method_store_add               (DsDb             *db,
                                                            const char       *customer_id,
                                                            const char       *gateway,
                                                            const char       *token,
                                                            const char       *brand,
                                                            const char       *last4,
                                                            guint             exp_month,
                                                            guint             exp_year,
                                                            gboolean          make_default,
                                                            GError          **error);
gboolean         ds_payment_method_store_set_default       (DsDb             *db,
                                                            const char       *method_id,
                                                            const char       *customer_id,
                                                            GError          **error);
gboolean         ds_payment_method_store_remove            (DsDb             *db,
                                                            const char       *method_id,
                                                            const char       *customer_id,
                                                            GError          **error);
void             ds_payment_method_free                    (DsPaymentMethod  *method);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsPaymentMethod, ds_payment_method_free)

G_END_DECLS
