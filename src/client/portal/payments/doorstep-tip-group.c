/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-tip-group.h"

/* The buttons are linked toggle buttons in one group, named
 * "pay-tip-<tip>" ("pay-tip-0" is the first preset) for the tests; the
 * checkout has the tip chosen and the amount typed. */

struct _DoorstepTipGroup {
  AdwPreferencesGroup  parent_instance;

  /* template widgets */
  GtkBox              *tip_box;
  AdwEntryRow         *custom_tip_row;

  /* owned references */
  DoorstepCheckout    *checkout;

  GtkToggleButton     *first;        /* No Tip, once the buttons are made */
};

G_DEFINE_FINAL_TYPE (DoorstepTipGroup, doorstep_tip_group, ADW_TYPE_PREFERENCES_GROUP)

static void
tip_toggled_cb (GtkToggleButton  *button,
                DoorstepTipGroup *self)
{
  int tip;

  if (!gtk_toggle_button_get_active (button))
    return;
  tip = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "tip"));
  gtk_widget_set_visible (GTK_WIDGET (self->custom_tip_row), tip == DOORSTEP_CHECKOUT_TIP_CUSTOM);
  if (tip == DOORSTEP_CHECKOUT_TIP_CUSTOM)
    gtk_widget_grab_focus (GTK_WIDGET (self->custom_tip_row));
  if (self->checkout != NULL)
    doorstep_checkout_set_tip (self->checkout, tip);
}

static GtkToggleButton *
add_button (DoorstepTipGroup *self,
            const char       *label,
            int               tip)
{
  GtkWidget *button = gtk_toggle_button_new_with_label (label);
  g_autofree char *name = g_strdup_printf ("pay-tip-%d", tip);

  gtk_widget_set_name (button, name);
  /* Equal shares of the width where there is room, each its own size
   * where there is not (a narrow window). */
  gtk_widget_set_hexpand (button, TRUE);
  g_object_set_data (G_OBJECT (button), "tip", GINT_TO_POINTER (tip));
  if (self->first != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->first);
  g_signal_connect_object (button, "toggled", G_CALLBACK (tip_toggled_cb), self, 0);
  gtk_box_append (self->tip_box, button);
  return GTK_TOGGLE_BUTTON (button);
}

/* The tips the business offers, once its terms are known; once. */
static void
config_changed_cb (DoorstepTipGroup *self)
{
  DoorstepPaymentConfig *config = doorstep_checkout_get_config (self->checkout);
  gboolean allowed = config != NULL && doorstep_payment_config_get_tips_allowed (config);

  if (allowed && self->first == NULL)
    {
      self->first = add_button (self, _("No Tip"), DOORSTEP_CHECKOUT_TIP_NONE);
      gtk_toggle_button_set_active (self->first, TRUE);
      for (guint i = 0; i < doorstep_payment_config_get_n_tip_presets (config); i++)
        {
          /* Translators: a tip of a percentage of what is paid, "15%" */
          g_autofree char *label = g_strdup_printf (_("%u%%"), doorstep_payment_config_get_tip_preset (config, i));

          add_button (self, label, (int) i);
        }
      add_button (self, _("Custom"), DOORSTEP_CHECKOUT_TIP_CUSTOM);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), allowed);
}

static void
custom_changed_cb (DoorstepTipGroup *self)
{
  if (self->checkout != NULL)
    doorstep_checkout_set_custom_tip (self->checkout,
                                      gtk_editable_get_text (GTK_EDITABLE (self->custom_tip_row)));
}

static void
doorstep_tip_group_dispose (GObject *object)
{
  DoorstepTipGroup *self = DOORSTEP_TIP_GROUP (object);

  g_clear_object (&self->checkout);
  self->first = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), DOORSTEP_TYPE_TIP_GROUP);
  G_OBJECT_CLASS (doorstep_tip_group_parent_class)->dispose (object);
}

static void
doorstep_tip_group_class_init (DoorstepTipGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_tip_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/portal/payments/doorstep-tip-group.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepTipGroup, tip_box);
  gtk_widget_class_bind_template_child (widget_class, DoorstepTipGroup, custom_tip_row);
  gtk_widget_class_bind_template_callback (widget_class, custom_changed_cb);
}

static void
doorstep_tip_group_init (DoorstepTipGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The checkout whose tip this chooses, once. */
void
doorstep_tip_group_set_checkout (DoorstepTipGroup *self,
                                 DoorstepCheckout *checkout)
{
  g_return_if_fail (DOORSTEP_IS_TIP_GROUP (self));
  g_return_if_fail (DOORSTEP_IS_CHECKOUT (checkout));
  g_return_if_fail (self->checkout == NULL);

  self->checkout = g_object_ref (checkout);
  g_signal_connect_object (checkout, "notify::config", G_CALLBACK (config_changed_cb), self, G_CONNECT_SWAPPED);
  config_changed_cb (self);
}

/* Marks the custom tip as the field at fault, or not. */
void
doorstep_tip_group_mark (DoorstepTipGroup *self,
                         gboolean          error)
{
  g_return_if_fail (DOORSTEP_IS_TIP_GROUP (self));

  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->custom_tip_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->custom_tip_row), "error");
}
