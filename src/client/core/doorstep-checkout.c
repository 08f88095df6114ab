/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "doorstep-checkout.h"
#include "doorstep-money.h"
#include "doorstep-payment-rules.h"

/* The lines follow the list of what can be paid as it pages in; each
 * keeps what was ticked and typed for it by its id, so a line read again
 * (a reload) is as the customer left it. The totals are worked out again
 * whenever a line, the tip or the list changes, and notified when they
 * move. A review fixes what is about to be charged, which stays as it was
 * reviewed while the confirmation is shown. */

struct _DoorstepCheckout {
  GObject                parent_instance;

  /* owned references */
  DoorstepPaymentConfig *config;
  GListModel            *payables;
  GListStore            *lines;       /* DoorstepCheckoutLine, as the payables */
  GHashTable            *by_id;       /* payable id → DoorstepCheckoutLine */

  char                  *preselect;   /* the one to tick, or NULL for all */
  int                    tip;         /* a preset's index, or DOORSTEP_CHECKOUT_TIP_NONE or _CUSTOM */
  char                  *custom_tip;

  /* as it stands */
  guint                  n_selected;
  gboolean               valid;
  gint64                 subtotal;
  gint64                 tip_amount;
  gint64                 total;

  /* as reviewed */
  GPtrArray             *charged;          /* DoorstepCheckoutLine */
  GPtrArray             *charged_payables; /* DoorstepPayable: the ids the pay lines point into */
  GArray                *pay_lines;        /* DoorstepPayLine */
  gint64                 charged_tip;
  char                  *idempotency_key;
};

G_DEFINE_FINAL_TYPE (DoorstepCheckout, doorstep_checkout, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CONFIG,
  PROP_LINES,
  PROP_TIP,
  PROP_CUSTOM_TIP,
  PROP_N_SELECTED,
  PROP_VALID,
  PROP_SUBTOTAL,
  PROP_TIP_AMOUNT,
  PROP_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The tip on @subtotal; %FALSE when a typed one is not an amount that may
 * be tipped. */
static gboolean
compute_tip (DoorstepCheckout *self,
             gint64            subtotal,
             gint64           *tip)
{
  *tip = 0;
  if (self->config == NULL || !doorstep_payment_config_get_tips_allowed (self->config) ||
      self->tip == DOORSTEP_CHECKOUT_TIP_NONE)
    return TRUE;
  if (self->tip == DOORSTEP_CHECKOUT_TIP_CUSTOM)
    {
      const char *field;
      g_autofree char *fault = NULL;

      if (self->custom_tip == NULL || *self->custom_tip == '\0')
        return TRUE;
      if (!doorstep_money_parse (self->custom_tip, doorstep_payment_config_get_currency (self->config), tip))
        return FALSE;
      fault = doorstep_payment_check_tip (*tip, TRUE, &field);
      return fault == NULL;
    }
  if ((guint) self->tip >= doorstep_payment_config_get_n_tip_presets (self->config))
    return TRUE;
  *tip = doorstep_payment_preset_tip (subtotal, doorstep_payment_config_get_tip_preset (self->config,
                                                                                         (guint) self->tip));
  return TRUE;
}

static void
set_int64 (DoorstepCheckout *self,
           gint64           *field,
           gint64            value,
           guint             prop)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
recompute (DoorstepCheckout *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  guint n_selected = 0;
  gint64 subtotal = 0, tip = 0;
  gboolean valid = TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DoorstepCheckoutLine) line = g_list_model_get_item (G_LIST_MODEL (self->lines), i);
      g_autofree char *fault = NULL;
      gint64 amount = 0;

      if (!doorstep_checkout_line_get_active (line))
        continue;
      n_selected++;
      if ((fault = doorstep_checkout_line_check (line, &amount)) != NULL)
        valid = FALSE;
      else
        subtotal += amount;
    }
  valid = valid && compute_tip (self, subtotal, &tip);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->n_selected != n_selected)
    {
      self->n_selected = n_selected;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SELECTED]);
    }
  if (self->valid != valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
  set_int64 (self, &self->subtotal, subtotal, PROP_SUBTOTAL);
  set_int64 (self, &self->tip_amount, tip, PROP_TIP_AMOUNT);
  set_int64 (self, &self->total, doorstep_payment_total (&subtotal, 1, tip), PROP_TOTAL);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
payables_changed_cb (GListModel       *payables,
                     guint             position,
                     guint             removed,
                     guint             added,
                     DoorstepCheckout *self)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(DoorstepPayable) payable = g_list_model_get_item (payables, position + i);
      const char *id = doorstep_payable_get_id (payable);
      DoorstepCheckoutLine *line = g_hash_table_lookup (self->by_id, id);

      if (line != NULL)
        doorstep_checkout_line_set_payable (line, payable, self->config);
      else
        {
          line = doorstep_checkout_line_new (payable, self->config,
                                             self->preselect == NULL || g_str_equal (self->preselect, id));
          g_signal_connect_object (line, "notify::active", G_CALLBACK (recompute), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (line, "notify::amount-text", G_CALLBACK (recompute), self, G_CONNECT_SWAPPED);
          g_hash_table_insert (self->by_id, g_strdup (id), line);
        }
      g_ptr_array_add (lines, g_object_ref (line));
    }
  g_list_store_splice (self->lines, position, removed, lines->pdata, lines->len);
  recompute (self);
}

static void
clear_charge (DoorstepCheckout *self)
{
  g_ptr_array_set_size (self->charged, 0);
  g_ptr_array_set_size (self->charged_payables, 0);
  g_array_set_size (self->pay_lines, 0);
  self->charged_tip = 0;
  doorstep_checkout_end_attempt (self);
}

static void
doorstep_checkout_dispose (GObject *object)
{
  DoorstepCheckout *self = DOORSTEP_CHECKOUT (object);

  if (self->payables != NULL)
    g_signal_handlers_disconnect_by_data (self->payables, self);
  g_clear_object (&self->payables);
  g_clear_object (&self->config);
  g_clear_object (&self->lines);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->charged, g_ptr_array_unref);
  g_clear_pointer (&self->charged_payables, g_ptr_array_unref);
  G_OBJECT_CLASS (doorstep_checkout_parent_class)->dispose (object);
}

static void
doorstep_checkout_finalize (GObject *object)
{
  DoorstepCheckout *self = DOORSTEP_CHECKOUT (object);

  g_array_unref (self->pay_lines);
  g_free (self->preselect);
  g_free (self->custom_tip);
  g_free (self->idempotency_key);
  G_OBJECT_CLASS (doorstep_checkout_parent_class)->finalize (object);
}

static void
doorstep_checkout_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DoorstepCheckout *self = DOORSTEP_CHECKOUT (object);

  switch (prop_id)
    {
    case PROP_CONFIG:
      g_value_set_object (value, self->config);
      break;
    case PROP_LINES:
      g_value_set_object (value, self->lines);
      break;
    case PROP_TIP:
      g_value_set_int (value, self->tip);
      break;
    case PROP_CUSTOM_TIP:
      g_value_set_string (value, self->custom_tip);
      break;
    case PROP_N_SELECTED:
      g_value_set_uint (value, self->n_selected);
      break;
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    case PROP_SUBTOTAL:
      g_value_set_int64 (value, self->subtotal);
      break;
    case PROP_TIP_AMOUNT:
      g_value_set_int64 (value, self->tip_amount);
      break;
    case PROP_TOTAL:
      g_value_set_int64 (value, self->total);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_checkout_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DoorstepCheckout *self = DOORSTEP_CHECKOUT (object);

  switch (prop_id)
    {
    case PROP_TIP:
      doorstep_checkout_set_tip (self, g_value_get_int (value));
      break;
    case PROP_CUSTOM_TIP:
      doorstep_checkout_set_custom_tip (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_checkout_class_init (DoorstepCheckoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = doorstep_checkout_dispose;
  object_class->finalize = doorstep_checkout_finalize;
  object_class->get_property = doorstep_checkout_get_property;
  object_class->set_property = doorstep_checkout_set_property;

  properties[PROP_CONFIG] =
    g_param_spec_object ("config", NULL, NULL, DOORSTEP_TYPE_PAYMENT_CONFIG,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINES] =
    g_param_spec_object ("lines", NULL, NULL, G_TYPE_LIST_MODEL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* a preset's index, or DOORSTEP_CHECKOUT_TIP_NONE or _CUSTOM */
  properties[PROP_TIP] =
    g_param_spec_int ("tip", NULL, NULL, DOORSTEP_CHECKOUT_TIP_CUSTOM, G_MAXINT, DOORSTEP_CHECKOUT_TIP_NONE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* what is typed as a custom tip */
  properties[PROP_CUSTOM_TIP] =
    g_param_spec_string ("custom-tip", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SELECTED] =
    g_param_spec_uint ("n-selected", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* whether every ticked line and the tip can be paid as typed, so that
   * the total means something */
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTOTAL] =
    g_param_spec_int64 ("subtotal", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIP_AMOUNT] =
    g_param_spec_int64 ("tip-amount", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL] =
    g_param_spec_int64 ("total", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
doorstep_checkout_init (DoorstepCheckout *self)
{
  self->lines = g_list_store_new (DOORSTEP_TYPE_CHECKOUT_LINE);
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->tip = DOORSTEP_CHECKOUT_TIP_NONE;
  self->valid = TRUE;
  self->charged = g_ptr_array_new_with_free_func (g_object_unref);
  self->charged_payables = g_ptr_array_new_with_free_func (g_object_unref);
  self->pay_lines = g_array_new (FALSE, TRUE, sizeof (DoorstepPayLine));
}

/**
 * doorstep_checkout_new:
 * @preselect: (nullable): the invoice or quote (for its deposit) to tick;
 *   %NULL ticks everything due
 */
DoorstepCheckout *
doorstep_checkout_new (const char *preselect)
{
  DoorstepCheckout *self = g_object_new (DOORSTEP_TYPE_CHECKOUT, NULL);

  self->preselect = preselect != NULL && *preselect != '\0' ? g_strdup (preselect) : NULL;
  return self;
}

/**
 * doorstep_checkout_set_source:
 * @config: how the business takes payments
 * @payables: a #GListModel of #DoorstepPayable, as it pages in
 *
 * What can be paid, and on what terms. Lines already known keep what was
 * ticked and typed for them.
 */
void
doorstep_checkout_set_source (DoorstepCheckout      *self,
                              DoorstepPaymentConfig *config,
                              GListModel            *payables)
{
  guint removed;

  g_return_if_fail (DOORSTEP_IS_CHECKOUT (self));
  g_return_if_fail (DOORSTEP_IS_PAYMENT_CONFIG (config));
  g_return_if_fail (G_IS_LIST_MODEL (payables));

  if (self->payables != NULL)
    g_signal_handlers_disconnect_by_data (self->payables, self);
  g_set_object (&self->payables, payables);
  if (g_set_object (&self->config, config))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIG]);
  g_signal_connect_object (payables, "items-changed", G_CALLBACK (payables_changed_cb), self, 0);
  removed = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  payables_changed_cb (payables, 0, removed, g_list_model_get_n_items (payables), self);
}

/**
 * doorstep_checkout_get_config:
 *
 * Returns: (transfer none) (nullable): the terms, once set
 */
DoorstepPaymentConfig *
doorstep_checkout_get_config (DoorstepCheckout *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), NULL);
  return self->config;
}

/**
 * doorstep_checkout_get_lines:
 *
 * Returns: (transfer none): a #GListModel of #DoorstepCheckoutLine, one
 *   per payable in its order
 */
GListModel *
doorstep_checkout_get_lines (DoorstepCheckout *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), NULL);
  return G_LIST_MODEL (self->lines);
}

int
doorstep_checkout_get_tip (DoorstepCheckout *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), DOORSTEP_CHECKOUT_TIP_NONE);
  return self->tip;
}

/**
 * doorstep_checkout_set_tip:
 * @tip: the index of one of the business's presets, or
 *   %DOORSTEP_CHECKOUT_TIP_NONE, or %DOORSTEP_CHECKOUT_TIP_CUSTOM for the
 *   custom tip typed
 */
void
doorstep_checkout_set_tip (DoorstepCheckout *self,
                           int               tip)
{
  g_return_if_fail (DOORSTEP_IS_CHECKOUT (self));
  g_return_if_fail (tip >= DOORSTEP_CHECKOUT_TIP_CUSTOM);

  if (self->tip == tip)
    return;
  self->tip = tip;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIP]);
  recompute (self);
}

const char *
doorstep_checkout_get_custom_tip (DoorstepCheckout *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), NULL);
  return self->custom_tip;
}

/* What is typed as a custom tip: empty is none. */
void
doorstep_checkout_set_custom_tip (DoorstepCheckout *self,
                                  const char       *text)
{
  g_return_if_fail (DOORSTEP_IS_CHECKOUT (self));

  if (g_strcmp0 (self->custom_tip, text) == 0)
    return;
  g_free (self->custom_tip);
  self->custom_tip = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOM_TIP]);
  recompute (self);
}

guint
doorstep_checkout_get_n_selected (DoorstepCheckout *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), 0);
  return self->n_selected;
}

gboolean
doorstep_checkout_get_valid (DoorstepCheckout *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), FALSE);
  return self->valid;
}

gint64
doorstep_checkout_get_subtotal (DoorstepCheckout *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), 0);
  return self->subtotal;
}

gint64
doorstep_checkout_get_tip_amount (DoorstepCheckout *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), 0);
  return self->tip_amount;
}

gint64
doorstep_checkout_get_total (DoorstepCheckout *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), 0);
  return self->total;
}

/**
 * doorstep_checkout_review:
 * @line: (out) (transfer none) (optional): the line at fault, for
 *   %DOORSTEP_CHECKOUT_FAULT_LINE
 * @message: (out) (transfer full): why, when there is a fault
 *
 * Checks everything ticked, in the order shown, then the number of
 * lines, then the tip, and stops at the first fault. When there is none,
 * what is about to be charged is fixed (the pay lines, the tip, the
 * total) and a new attempt begins, with a new Idempotency-Key.
 *
 * Returns: where the first fault is, or %DOORSTEP_CHECKOUT_FAULT_NONE
 */
DoorstepCheckoutFault
doorstep_checkout_review (DoorstepCheckout      *self,
                          DoorstepCheckoutLine **line,
                          char                 **message)
{
  guint n;
  const char *field;
  gint64 subtotal = 0;

  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), DOORSTEP_CHECKOUT_FAULT_LINES);
  g_return_val_if_fail (message != NULL, DOORSTEP_CHECKOUT_FAULT_LINES);

  *message = NULL;
  clear_charge (self);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->lines));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DoorstepCheckoutLine) candidate = g_list_model_get_item (G_LIST_MODEL (self->lines), i);
      DoorstepPayable *payable = doorstep_checkout_line_get_payable (candidate);
      DoorstepPayLine pay_line = { NULL };

      if (!doorstep_checkout_line_get_active (candidate))
        continue;
      if ((*message = doorstep_checkout_line_check (candidate, &pay_line.amount_minor)) != NULL)
        {
          if (line != NULL)
            *line = candidate;
          clear_charge (self);
          return DOORSTEP_CHECKOUT_FAULT_LINE;
        }
      if (doorstep_payable_get_is_deposit (payable))
        pay_line.quote_id = doorstep_payable_get_id (payable);
      else
        pay_line.invoice_id = doorstep_payable_get_id (payable);
      subtotal += pay_line.amount_minor;
      g_ptr_array_add (self->charged, g_object_ref (candidate));
      g_ptr_array_add (self->charged_payables, g_object_ref (payable));
      g_array_append_val (self->pay_lines, pay_line);
    }

  if (self->pay_lines->len == 0)
    {
      *message = g_strdup (_("Tick at least one invoice or deposit to pay."));
      return DOORSTEP_CHECKOUT_FAULT_LINES;
    }
  if ((*message = doorstep_payment_check_n_lines (self->pay_lines->len, &field)) != NULL)
    {
      clear_charge (self);
      return DOORSTEP_CHECKOUT_FAULT_LINES;
    }
  if (!compute_tip (self, subtotal, &self->charged_tip))
    {
      clear_charge (self);
      *message = g_strdup (_("Type the tip as an amount, such as 20.00."));
      return DOORSTEP_CHECKOUT_FAULT_TIP;
    }
  return DOORSTEP_CHECKOUT_FAULT_NONE;
}

/**
 * doorstep_checkout_get_n_charged:
 *
 * Returns: how many lines the last review fixed; 0 before one, or after
 *   a review that found a fault
 */
guint
doorstep_checkout_get_n_charged (DoorstepCheckout *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), 0);
  return self->charged->len;
}

/**
 * doorstep_checkout_get_charged:
 * @amount_minor: (out) (optional): what it pays
 *
 * Returns: (transfer none): the @index-th line reviewed
 */
DoorstepCheckoutLine *
doorstep_checkout_get_charged (DoorstepCheckout *self,
                               guint             index,
                               gint64           *amount_minor)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), NULL);
  g_return_val_if_fail (index < self->charged->len, NULL);

  if (amount_minor != NULL)
    *amount_minor = g_array_index (self->pay_lines, DoorstepPayLine, index).amount_minor;
  return g_ptr_array_index (self->charged, index);
}

/**
 * doorstep_checkout_get_pay_lines:
 * @n_lines: (out): how many
 *
 * Returns: (array length=n_lines) (transfer none): the lines reviewed, as
 *   the payments API takes them
 */
const DoorstepPayLine *
doorstep_checkout_get_pay_lines (DoorstepCheckout *self,
                                 guint            *n_lines)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), NULL);
  g_return_val_if_fail (n_lines != NULL, NULL);

  *n_lines = self->pay_lines->len;
  return (const DoorstepPayLine *) self->pay_lines->data;
}

gint64
doorstep_checkout_get_charged_tip (DoorstepCheckout *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), 0);
  return self->charged_tip;
}

/* What the card is charged, as reviewed: the lines and the tip. */
gint64
doorstep_checkout_get_charged_total (DoorstepCheckout *self)
{
  g_autofree gint64 *amounts = NULL;

  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), 0);

  amounts = g_new0 (gint64, MAX (self->pay_lines->len, 1));
  for (guint i = 0; i < self->pay_lines->len; i++)
    amounts[i] = g_array_index (self->pay_lines, DoorstepPayLine, i).amount_minor;
  return doorstep_payment_total (amounts, self->pay_lines->len, self->charged_tip);
}

/**
 * doorstep_checkout_find_charged:
 * @field: a field the server named in refusing a payment: "lines[2]" or
 *   "lines[2].amount_minor"
 *
 * Returns: (transfer none) (nullable): the line reviewed that @field is
 *   about, or %NULL when it is about none
 */
DoorstepCheckoutLine *
doorstep_checkout_find_charged (DoorstepCheckout *self,
                                const char       *field)
{
  const char *digits;
  char *end = NULL;
  guint64 index;

  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  if (!g_str_has_prefix (field, "lines["))
    return NULL;
  digits = field + strlen ("lines[");
  if (!g_ascii_isdigit (*digits))
    return NULL;
  index = g_ascii_strtoull (digits, &end, 10);
  if (*end != ']' || (end[1] != '\0' && end[1] != '.') || index >= self->charged->len)
    return NULL;
  return g_ptr_array_index (self->charged, index);
}

/**
 * doorstep_checkout_get_idempotency_key:
 *
 * The key of this attempt to pay what was reviewed: the same until the
 * attempt ends, so that sending it again (after a timeout, a lost
 * connection) charges once.
 *
 * Returns: (transfer none): the key
 */
const char *
doorstep_checkout_get_idempotency_key (DoorstepCheckout *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT (self), NULL);

  if (self->idempotency_key == NULL)
    self->idempotency_key = g_uuid_string_random ();
  return self->idempotency_key;
}

/**
 * doorstep_checkout_end_attempt:
 *
 * The server answered the attempt (paid, refused the card or a line), or
 * the customer went back to change it: the next one is a new request,
 * with a new key.
 */
void
doorstep_checkout_end_attempt (DoorstepCheckout *self)
{
  g_return_if_fail (DOORSTEP_IS_CHECKOUT (self));
  g_clear_pointer (&self->idempotency_key, g_free);
}
