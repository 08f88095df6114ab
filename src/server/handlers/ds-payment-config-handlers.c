/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ds-company-store.h"
#include "ds-gateway.h"
#include "ds-payment-config-handlers.h"

/* GET /payments/config: what the pay dialog needs before it asks for
 * anything: which gateway takes card details and where (the app sends
 * them there, never to Doorstep's own API), the currency, the least part
 * payment the business takes, and the tips it offers. */

#define GATEWAY DS_GATEWAY_DEFAULT
#define DEMO_TOKENS_PATH "/api/v1/gateway/demo/tokens"

/* The tips the pay dialog offers, as percentages of what is paid. */
static const guint tip_presets[] = { 10, 15, 20 };

DsReply *
ds_payments_config_handler (DsCall   *call,
                            gpointer  input,
                            GError  **error)
{
  g_autoptr(DsCompany) company = NULL;
  g_autoptr(DsJsonWriter) builder = NULL;

  if ((company = ds_company_store_require (ds_call_get_db (call), error)) == NULL)
    return NULL;

  builder = ds_json_writer_new ();
  ds_json_writer_begin_object (builder);
  ds_json_add_string (builder, "gateway", GATEWAY);
  ds_json_add_string (builder, "tokenize_url", DEMO_TOKENS_PATH);
  ds_json_add_string (builder, "currency", company->currency);
  ds_json_writer_set_member_name (builder, "partial_payments");
  if (company->partial_payment_minimum_minor > 0)
    {
      ds_json_writer_begin_object (builder);
      ds_json_add_money (builder, "minimum", company->partial_payment_minimum_minor, company->currency);
      ds_json_writer_end_object (builder);
    }
  else
    ds_json_writer_add_null_value (builder);
  ds_json_writer_set_member_name (builder, "tips");
  if (company->tips_allowed)
    {
      ds_json_writer_begin_object (builder);
      ds_json_writer_set_member_name (builder, "presets_percent");
      ds_json_writer_begin_array (builder);
      for (guint i = 0; i < G_N_ELEMENTS (tip_presets); i++)
        ds_json_writer_add_int_value (builder, tip_presets[i]);
      ds_json_writer_end_array (builder);
      ds_json_writer_end_object (builder);
    }
  else
    ds_json_writer_add_null_value (builder);
  ds_json_writer_end_object (builder);
  return ds_reply_json (200, builder);
}
