/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "doorstep-payment-config.h"

#define MAX_PRESETS 6

struct _DoorstepPaymentConfig {
  DoorstepRecord  parent_instance;
  char           *tokenize_url;
  char           *currency;
  gint64          partial_minimum;
  gboolean        tips_allowed;
  guint           presets[MAX_PRESETS];
  guint           n_presets;
};

G_DEFINE_FINAL_TYPE (DoorstepPaymentConfig, doorstep_payment_config, DOORSTEP_TYPE_RECORD)

static const DoorstepField fields[] = {
  DOORSTEP_FIELD (DoorstepPaymentConfig, tokenize_url, STRING, "tokenize_url", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPaymentConfig, currency, STRING, "currency", REQUIRED, NULL),
  DOORSTEP_FIELD (DoorstepPaymentConfig, partial_minimum, INT, NULL, OPTIONAL, NULL),
  DOORSTEP_FIELD (DoorstepPaymentConfig, tips_allowed, BOOLEAN, NULL, OPTIONAL, NULL),
};

static gboolean
doorstep_payment_config_parse (DoorstepRecord  *record,
                               JsonObject      *object,
                               GError         **error)
{
  DoorstepPaymentConfig *self = DOORSTEP_PAYMENT_CONFIG (record);
  JsonNode *partial = json_object_get_member (object, "partial_payments");
  JsonNode *tips = json_object_get_member (object, "tips");

  /* null, or an object with the minimum */
  if (partial != NULL && JSON_NODE_HOLDS_OBJECT (partial))
    {
      JsonNode *minimum = json_object_get_member (json_node_get_object (partial), "minimum");
      JsonNode *amount = minimum != NULL && JSON_NODE_HOLDS_OBJECT (minimum)
                         ? json_object_get_member (json_node_get_object (minimum), "amount_minor") : NULL;

      if (amount == NULL || json_node_get_value_type (amount) != G_TYPE_INT64 || json_node_get_int (amount) <= 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "the partial payment minimum is not an amount");
          return FALSE;
        }
      self->partial_minimum = json_node_get_int (amount);
    }

  /* null, or an object with percentages from 1 to 100 */
  if (tips != NULL && JSON_NODE_HOLDS_OBJECT (tips))
    {
      JsonNode *presets = json_object_get_member (json_node_get_object (tips), "presets_percent");
      JsonArray *array = presets != NULL && JSON_NODE_HOLDS_ARRAY (presets) ? json_node_get_array (presets) : NULL;

      self->tips_allowed = TRUE;
      for (guint i = 0; array != NULL && i < json_array_get_length (array) && self->n_presets < MAX_PRESETS; i++)
        {
          JsonNode *node = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64 &&
              json_node_get_int (node) >= 1 && json_node_get_int (node) <= 100)
            self->presets[self->n_presets++] = (guint) json_node_get_int (node);
        }
    }
  return TRUE;
}

static void
doorstep_payment_config_class_init (DoorstepPaymentConfigClass *klass)
{
  DOORSTEP_RECORD_CLASS (klass)->parse = doorstep_payment_config_parse;
  doorstep_record_class_set_fields (DOORSTEP_RECORD_CLASS (klass), "payment configuration", fields,
                                    G_N_ELEMENTS (fields));
}

static void
doorstep_payment_config_init (DoorstepPaymentConfig *self)
{
}

const char *doorstep_payment_config_get_tokenize_url (DoorstepPaymentConfig *self) { return self->tokenize_url; }
const char *doorstep_payment_config_get_currency (DoorstepPaymentConfig *self) { return self->currency; }
gint64 doorstep_payment_config_get_partial_minimum (DoorstepPaymentConfig *self) { return self->partial_minimum; }
gboolean doorstep_payment_config_get_tips_allowed (DoorstepPaymentConfig *self) { return self->tips_allowed; }
guint doorstep_payment_config_get_n_tip_presets (DoorstepPaymentConfig *self) { return self->n_presets; }

guint
doorstep_payment_config_get_tip_preset (DoorstepPaymentConfig *self,
                                        guint                  index)
{
  g_return_val_if_fail (index < self->n_presets, 0);
  return self->presets[index];
}
