/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-error.h"
#include "ds-gateway.h"

/* The gateways Doorstep can charge through, by name. */

extern const DsGatewayDriver ds_demo_gateway_driver;

static DsGateway demo = { &ds_demo_gateway_driver };

/**
 * ds_gateway_get:
 * @name: "demo"
 *
 * Returns: (transfer none) (nullable): the gateway, or %NULL for a name
 *   Doorstep has no driver for
 */
DsGateway *
ds_gateway_get (const char *name)
{
  if (g_strcmp0 (name, demo.driver->name) == 0)
    return &demo;
  return NULL;
}

const char *
ds_gateway_get_name (DsGateway *gateway)
{
  return gateway->driver->name;
}

gboolean
ds_gateway_describe (DsGateway   *gateway,
                     DsDb        *db,
                     const char  *token,
                     DsCard      *card,
                     GError     **error)
{
  return gateway->driver->describe (gateway, db, token, card, error);
}

/**
 * ds_gateway_require_card:
 * @card: (out caller-allocates): what @token is
 *
 * What card @token is, for a request that sent it: one the gateway does
 * not know is refused as the request's "token" field (DS_ERROR_INVALID).
 */
gboolean
ds_gateway_require_card (DsGateway   *gateway,
                         DsDb        *db,
                         const char  *token,
                         DsCard      *card,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (ds_gateway_describe (gateway, db, token, card, &local_error))
    return TRUE;
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    ds_set_field_error (error, "token", "The payment gateway does not know this card. Add it again.");
  return FALSE;
}

gboolean
ds_gateway_charge (DsGateway             *gateway,
                   DsDb                  *db,
                   const DsChargeRequest *request,
                   DsChargeResult        *result,
                   GError               **error)
{
  g_return_val_if_fail (request->amount_minor > 0, FALSE);
  g_return_val_if_fail (request->idempotency_key != NULL, FALSE);

  return gateway->driver->charge (gateway, db, request, result, error);
}

void
ds_card_clear (DsCard *card)
{
  g_clear_pointer (&card->brand, g_free);
  g_clear_pointer (&card->last4, g_free);
}

void
ds_charge_result_clear (DsChargeResult *result)
{
  g_clear_pointer (&result->charge_id, g_free);
  g_clear_pointer (&result->action_url, g_free);
}
