/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ds-db.h"

G_BEGIN_DECLS

/* A payment gateway: what Doorstep asks of a card processor. The app
 * sends card details only to the gateway's own tokenization endpoint (GET
 * /payments/config names it) and Doorstep only the token it got back;
 * Doorstep then asks the gateway what the token's card is (to save it as
 * a payment method) and to charge it.
 *
 * A driver for a real processor (Stripe is the next) implements these
 * with the processor's API: charges carry the processor's own idempotency
 * key (Doorstep passes the customer's Idempotency-Key through, prefixed),
 * come back with the processor's charge id, and a charge the customer
 * must confirm (3-D Secure) comes back DS_CHARGE_REQUIRES_ACTION with the
 * URL the app opens in the browser. The built-in "demo" driver behaves
 * like a processor's test mode, keeping its tokens and charges in the
 * database it is given. */

/* The gateway this server charges through: the built-in demo one until a
 * processor's driver and its setting arrive. */
#define DS_GATEWAY_DEFAULT "demo"

typedef enum {
  DS_CHARGE_SUCCEEDED,
  DS_CHARGE_DECLINED,
  DS_CHARGE_INSUFFICIENT_FUNDS,
  DS_CHARGE_EXPIRED_CARD,
  DS_CHARGE_REQUIRES_ACTION,
} DsChargeOutcome;

typedef struct {
  char   *brand;       /* "Visa" */
  char   *last4;
  guint   exp_month;
  guint   exp_year;
} DsCard;

typedef struct {
  const char *token;
  gint64      amount_minor;
  const char *currency;
  const char *idempotency_key;
} DsChargeRequest;

typedef struct {
  DsChargeOutcome  outcome;
  char            *charge_id;   /* the processor's, on success */
  char            *action_url;  /* DS_CHARGE_REQUIRES_ACTION only */
} DsChargeResult;

typedef struct _DsGateway DsGateway;

typedef struct {
  const char *name;
  /* What card @token is; %FALSE with no error when the gateway does not
   * know it. */
  gboolean (*describe) (DsGateway             *gateway,
                        DsDb                  *db,
                        const char            *token,
                        DsCard                *card,
                        GError               **error);
  /* Charges @request once per idempotency key, whatever the retries. */
  gboolean (*charge)   (DsGateway             *gateway,
                        DsDb                  *db,
                        const DsChargeRequest *request,
                        DsChargeResult        *result,
                        GError               **error);
} DsGatewayDriver;

struct _DsGateway {
  const DsGatewayDriver *driver;
};

DsGateway  *ds_gateway_get            (const char            *name);
const char *ds_gateway_get_name       (DsGateway             *gateway);
gboolean    ds_gateway_describe       (DsGateway             *gateway,
                                       DsDb                  *db,
                                       const char            *token,
                                       DsCard                *card,
                                       GError               **error);
gboolean    ds_gateway_require_card   (DsGateway             *gateway,
                                       DsDb                  *db,
                                       const char            *token,
                                       DsCard                *card,
                                       GError               **error);
gboolean    ds_gateway_charge         (DsGateway             *gateway,
                                       DsDb                  *db,
                                       const DsChargeRequest *request,
                                       DsChargeResult        *result,
                                       GError               **error);
void        ds_card_clear             (DsCard                *card);
void        ds_charge_result_clear    (DsChargeResult        *result);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DsCard, ds_card_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DsChargeResult, ds_charge_result_clear)

/* The demo driver's tokenization, for its own route: a test card's
 * number, expiry and CVC to a token. %NULL with @field and @message set
 * when the card is refused. */
char       *ds_demo_gateway_tokenize  (DsDb                  *db,
                                       const char            *number,
                                       guint                  exp_month,
                                       guint                  exp_year,
                                       const char            *cvc,
                                       DsCard                *card,
                                       const char           **field,
                                       const char           **message,
                                       GError               **error);

G_END_DECLS
