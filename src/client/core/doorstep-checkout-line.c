/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-checkout-line.h"
#include "doorstep-money.h"
#include "doorstep-payment-rules.h"
#include "doorstep-time.h"

struct _DoorstepCheckoutLine {
  GObject                parent_instance;

  /* owned references */
  DoorstepPayable       *payable;
  DoorstepPaymentConfig *config;

  gboolean               active;
  char                  *amount_text;  /* as typed; kept when the payable is read again */

  /* the words shown for it, made when the payable is set */
  char                  *title;
  char                  *subtitle;
  char                  *amount;
};

G_DEFINE_FINAL_TYPE (DoorstepCheckoutLine, doorstep_checkout_line, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PAYABLE,
  PROP_ID,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_AMOUNT,
  PROP_AMOUNT_EDITABLE,
  PROP_ACTIVE,
  PROP_AMOUNT_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
currency (DoorstepCheckoutLine *self)
{
  return doorstep_payment_config_get_currency (self->config);
}

/* "Quarterly pest control · Overdue by 3 days" */
static char *
describe_payable (DoorstepPayable *payable)
{
  gint64 overdue = doorstep_payable_get_days_overdue (payable);
  GDate *due = doorstep_payable_get_due_date (payable);
  g_autofree char *when = NULL;

  if (doorstep_payable_get_is_deposit (payable))
    /* Translators: a deposit to pay, after the quote's title */
    when = g_strdup (_("Due before the work starts"));
  else if (overdue > 0)
    when = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %" G_GINT64_FORMAT " day",
                                         "Overdue by %" G_GINT64_FORMAT " days", (gulong) overdue), overdue);
  else if (due != NULL)
    {
      g_autofree char *date = doorstep_date_format (due);

      /* Translators: when an invoice is due, "Due 2 December 2026" */
      when = g_strdup_printf (_("Due %s"), date);
    }
  if (when == NULL)
    return g_strdup (doorstep_payable_get_title (payable));
  return g_strdup_printf ("%s · %s", doorstep_payable_get_title (payable), when);
}

static void
describe (DoorstepCheckoutLine *self)
{
  g_free (self->title);
  self->title = doorstep_payable_dup_name (self->payable);
  g_free (self->subtitle);
  self->subtitle = describe_payable (self->payable);
  g_free (self->amount);
  self->amount = doorstep_money_format (doorstep_payable_get_amount_due (self->payable), currency (self));
}

static void
doorstep_checkout_line_finalize (GObject *object)
{
  DoorstepCheckoutLine *self = DOORSTEP_CHECKOUT_LINE (object);

  g_clear_object (&self->payable);
  g_clear_object (&self->config);
  g_free (self->amount_text);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->amount);
  G_OBJECT_CLASS (doorstep_checkout_line_parent_class)->finalize (object);
}

static void
doorstep_checkout_line_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  DoorstepCheckoutLine *self = DOORSTEP_CHECKOUT_LINE (object);

  switch (prop_id)
    {
    case PROP_PAYABLE:
      g_value_set_object (value, self->payable);
      break;
    case PROP_ID:
      g_value_set_string (value, doorstep_checkout_line_get_id (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_AMOUNT:
      g_value_set_string (value, self->amount);
      break;
    case PROP_AMOUNT_EDITABLE:
      g_value_set_boolean (value, doorstep_checkout_line_get_amount_editable (self));
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_AMOUNT_TEXT:
      g_value_set_string (value, self->amount_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_checkout_line_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  DoorstepCheckoutLine *self = DOORSTEP_CHECKOUT_LINE (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      doorstep_checkout_line_set_active (self, g_value_get_boolean (value));
      break;
    case PROP_AMOUNT_TEXT:
      doorstep_checkout_line_set_amount_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_checkout_line_class_init (DoorstepCheckoutLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = doorstep_checkout_line_finalize;
  object_class->get_property = doorstep_checkout_line_get_property;
  object_class->set_property = doorstep_checkout_line_set_property;

  properties[PROP_PAYABLE] =
    g_param_spec_object ("payable", NULL, NULL, DOORSTEP_TYPE_PAYABLE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* "Invoice I-2008" */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* "Fan repair · Due 2 December 2026" */
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* what is due, "$220.00" */
  properties[PROP_AMOUNT] =
    g_param_spec_string ("amount", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* whether less than all of it may be paid: an invoice, where the
   * business takes part payments */
  properties[PROP_AMOUNT_EDITABLE] =
    g_param_spec_boolean ("amount-editable", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AMOUNT_TEXT] =
    g_param_spec_string ("amount-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
doorstep_checkout_line_init (DoorstepCheckoutLine *self)
{
}

/**
 * doorstep_checkout_line_new:
 * @config: how the business takes payments (currency, part payments)
 * @active: whether it starts ticked
 *
 * The amount to pay starts as all that is due.
 */
DoorstepCheckoutLine *
doorstep_checkout_line_new (DoorstepPayable       *payable,
                            DoorstepPaymentConfig *config,
                            gboolean               active)
{
  DoorstepCheckoutLine *self;

  g_return_val_if_fail (DOORSTEP_IS_PAYABLE (payable), NULL);
  g_return_val_if_fail (DOORSTEP_IS_PAYMENT_CONFIG (config), NULL);

  self = g_object_new (DOORSTEP_TYPE_CHECKOUT_LINE, NULL);
  self->payable = g_object_ref (payable);
  self->config = g_object_ref (config);
  self->active = active;
  describe (self);
  self->amount_text = g_strdup (self->amount);
  return self;
}

/**
 * doorstep_checkout_line_set_payable:
 *
 * The same invoice or deposit read again; what was ticked and typed stays.
 */
void
doorstep_checkout_line_set_payable (DoorstepCheckoutLine  *self,
                                    DoorstepPayable       *payable,
                                    DoorstepPaymentConfig *config)
{
  g_return_if_fail (DOORSTEP_IS_CHECKOUT_LINE (self));
  g_return_if_fail (DOORSTEP_IS_PAYABLE (payable));
  g_return_if_fail (DOORSTEP_IS_PAYMENT_CONFIG (config));
  g_return_if_fail (g_str_equal (doorstep_payable_get_id (payable), doorstep_checkout_line_get_id (self)));

  if (payable == self->payable && config == self->config)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  g_set_object (&self->payable, payable);
  g_set_object (&self->config, config);
  describe (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAYABLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT_EDITABLE]);
  g_object_thaw_notify (G_OBJECT (self));
}

DoorstepPayable *
doorstep_checkout_line_get_payable (DoorstepCheckoutLine *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT_LINE (self), NULL);
  return self->payable;
}

const char *
doorstep_checkout_line_get_id (DoorstepCheckoutLine *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT_LINE (self), NULL);
  return doorstep_payable_get_id (self->payable);
}

const char *
doorstep_checkout_line_get_title (DoorstepCheckoutLine *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT_LINE (self), NULL);
  return self->title;
}

const char *
doorstep_checkout_line_get_subtitle (DoorstepCheckoutLine *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT_LINE (self), NULL);
  return self->subtitle;
}

const char *
doorstep_checkout_line_get_amount (DoorstepCheckoutLine *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT_LINE (self), NULL);
  return self->amount;
}

gboolean
doorstep_checkout_line_get_amount_editable (DoorstepCheckoutLine *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT_LINE (self), FALSE);
  return !doorstep_payable_get_is_deposit (self->payable) &&
         doorstep_payment_config_get_partial_minimum (self->config) > 0;
}

gboolean
doorstep_checkout_line_get_active (DoorstepCheckoutLine *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT_LINE (self), FALSE);
  return self->active;
}

void
doorstep_checkout_line_set_active (DoorstepCheckoutLine *self,
                                   gboolean              active)
{
  g_return_if_fail (DOORSTEP_IS_CHECKOUT_LINE (self));

  active = !!active;
  if (self->active == active)
    return;
  self->active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

const char *
doorstep_checkout_line_get_amount_text (DoorstepCheckoutLine *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT_LINE (self), NULL);
  return self->amount_text;
}

void
doorstep_checkout_line_set_amount_text (DoorstepCheckoutLine *self,
                                        const char           *text)
{
  g_return_if_fail (DOORSTEP_IS_CHECKOUT_LINE (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->amount_text, text) == 0)
    return;
  g_free (self->amount_text);
  self->amount_text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT_TEXT]);
}

/**
 * doorstep_checkout_line_check:
 * @amount_minor: (out): what it pays, when it can be paid
 *
 * Whether the line can be paid as it stands, ticked or not: the amount
 * typed must be one (the app's words), and the payment rules of
 * src/common must allow it (the server's words).
 *
 * Returns: (transfer full) (nullable): %NULL, or why it cannot be paid
 */
char *
doorstep_checkout_line_check (DoorstepCheckoutLine *self,
                              gint64               *amount_minor)
{
  gint64 due, amount;
  const char *field;
  char *message;

  g_return_val_if_fail (DOORSTEP_IS_CHECKOUT_LINE (self), NULL);
  g_return_val_if_fail (amount_minor != NULL, NULL);

  due = amount = doorstep_payable_get_amount_due (self->payable);
  if (doorstep_checkout_line_get_amount_editable (self) &&
      (!doorstep_money_parse (self->amount_text, currency (self), &amount) || amount <= 0))
    /* Translators: "Type an amount to pay for Invoice I-2007, such as 50.00." */
    return g_strdup_printf (_("Type an amount to pay for %s, such as 50.00."), self->title);

  message = doorstep_payment_check_line (doorstep_payable_get_is_deposit (self->payable) ? DOORSTEP_PAYABLE_DEPOSIT
                                                                                         : DOORSTEP_PAYABLE_INVOICE,
                                         doorstep_payable_get_number (self->payable), amount, due,
                                         doorstep_payment_config_get_partial_minimum (self->config),
                                         currency (self), &field);
  if (message == NULL)
    *amount_minor = amount;
  return message;
}
