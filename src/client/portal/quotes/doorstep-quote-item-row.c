/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-common.h"
#include "doorstep-quote-item-row.h"

struct _DoorstepQuoteItemRow {
  AdwActionRow       parent_instance;

  GtkLabel          *amount_label;
  GtkCheckButton    *check;   /* an optional item's; NULL otherwise */

  DoorstepQuoteItem *item;
  gboolean           ticked;
};

G_DEFINE_FINAL_TYPE (DoorstepQuoteItemRow, doorstep_quote_item_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_TICKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
check_toggled_cb (DoorstepQuoteItemRow *self)
{
  doorstep_quote_item_row_set_ticked (self, gtk_check_button_get_active (self->check));
}

static void
doorstep_quote_item_row_dispose (GObject *object)
{
  g_clear_object (&DOORSTEP_QUOTE_ITEM_ROW (object)->item);
  G_OBJECT_CLASS (doorstep_quote_item_row_parent_class)->dispose (object);
}

static void
doorstep_quote_item_row_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_TICKED:
      g_value_set_boolean (value, DOORSTEP_QUOTE_ITEM_ROW (object)->ticked);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_quote_item_row_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_TICKED:
      doorstep_quote_item_row_set_ticked (DOORSTEP_QUOTE_ITEM_ROW (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_quote_item_row_class_init (DoorstepQuoteItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_quote_item_row_dispose;
  object_class->get_property = doorstep_quote_item_row_get_property;
  object_class->set_property = doorstep_quote_item_row_set_property;

  /* Whether the item is in: always for a required item. */
  properties[PROP_TICKED] =
    g_param_spec_boolean ("ticked", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/quotes/doorstep-quote-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepQuoteItemRow, amount_label);
}

static void
doorstep_quote_item_row_init (DoorstepQuoteItemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->ticked = TRUE;
}

/**
 * doorstep_quote_item_row_new:
 * @editable: whether an optional item can be ticked: the quote is open
 * @ticked: whether an optional item starts ticked
 */
GtkWidget *
doorstep_quote_item_row_new (DoorstepQuoteItem *item,
                             const char        *currency,
                             gboolean           editable,
                             gboolean           ticked)
{
  DoorstepQuoteItemRow *self = g_object_new (DOORSTEP_TYPE_QUOTE_ITEM_ROW, NULL);
  g_autofree char *quantity = doorstep_quantity_format (doorstep_quote_item_get_quantity_milli (item));
  g_autofree char *price = doorstep_money_format (doorstep_quote_item_get_unit_price_minor (item), currency);
  g_autofree char *amount = doorstep_money_format (doorstep_quote_item_get_amount_minor (item), currency);
  g_autofree char *subtitle = NULL;

  self->item = g_object_ref (item);
  /* Translators: "2.5 × $125.00", quantity times unit price */
  subtitle = g_strdup_printf (_("%s × %s"), quantity, price);
  if (doorstep_quote_item_get_optional (item))
    {
      g_autofree char *plain = g_steal_pointer (&subtitle);
      /* Translators: "Optional · 1 × $389.00" */
      subtitle = g_strdup_printf (_("Optional · %s"), plain);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), doorstep_quote_item_get_description (item));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_label_set_text (self->amount_label, amount);

  if (doorstep_quote_item_get_optional (item))
    {
      /* Only an optional item has a prefix: an empty one would still
       * take its spacing in the row. */
      self->check = GTK_CHECK_BUTTON (gtk_check_button_new ());
      gtk_widget_set_valign (GTK_WIDGET (self->check), GTK_ALIGN_CENTER);
      gtk_widget_set_sensitive (GTK_WIDGET (self->check), editable);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      doorstep_quote_item_get_description (item), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (self), GTK_WIDGET (self->check));
      if (editable)
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->check));
      self->ticked = !ticked;  /* so that setting it below takes */
      doorstep_quote_item_row_set_ticked (self, ticked);
      g_signal_connect_swapped (self->check, "toggled", G_CALLBACK (check_toggled_cb), self);
    }
  return GTK_WIDGET (self);
}

DoorstepQuoteItem *
doorstep_quote_item_row_get_item (DoorstepQuoteItemRow *self)
{
  g_return_val_if_fail (DOORSTEP_IS_QUOTE_ITEM_ROW (self), NULL);
  return self->item;
}

gboolean
doorstep_quote_item_row_get_ticked (DoorstepQuoteItemRow *self)
{
  g_return_val_if_fail (DOORSTEP_IS_QUOTE_ITEM_ROW (self), FALSE);
  return self->ticked;
}

/* Ticks or unticks an optional item; a required item stays ticked. */
void
doorstep_quote_item_row_set_ticked (DoorstepQuoteItemRow *self,
                                    gboolean              ticked)
{
  g_return_if_fail (DOORSTEP_IS_QUOTE_ITEM_ROW (self));

  ticked = !!ticked;
  if (self->check == NULL || self->ticked == ticked)
    return;

  self->ticked = ticked;
  gtk_check_button_set_active (self->check, ticked);
  if (ticked)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "dim-row");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "dim-row");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TICKED]);
}
