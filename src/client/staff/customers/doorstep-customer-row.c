/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "doorstep-customer-row.h"

struct _DoorstepCustomerRow {
  GtkBox            parent_instance;

  AdwAvatar        *avatar;
  GtkLabel         *name_label;
  GtkLabel         *details_label;

  DoorstepCustomer *customer;
};

G_DEFINE_FINAL_TYPE (DoorstepCustomerRow, doorstep_customer_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_CUSTOMER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_customer (DoorstepCustomerRow *self)
{
  DoorstepCustomer *customer = self->customer;
  const char *contact[] = {
    doorstep_customer_get_email (customer),
    doorstep_customer_get_phone (customer),
    doorstep_customer_get_city (customer),
  };
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_autofree char *details = NULL;
  g_autofree char *accessible = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (contact); i++)
    if (contact[i] != NULL)
      g_ptr_array_add (parts, (gpointer) contact[i]);
  g_ptr_array_add (parts, NULL);
  details = parts->len > 1 ? g_strjoinv (" · ", (char **) parts->pdata) : g_strdup (_("No contact details"));

  adw_avatar_set_text (self->avatar, doorstep_customer_get_display_name (customer));
  gtk_label_set_text (self->name_label, doorstep_customer_get_display_name (customer));
  gtk_label_set_text (self->details_label, details);
  /* Translators: the accessible name of a customer row */
  accessible = g_strdup_printf (_("%s, open their profile"), doorstep_customer_get_display_name (customer));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
doorstep_customer_row_dispose (GObject *object)
{
  g_clear_object (&DOORSTEP_CUSTOMER_ROW (object)->customer);
  G_OBJECT_CLASS (doorstep_customer_row_parent_class)->dispose (object);
}

static void
doorstep_customer_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_CUSTOMER:
      g_value_set_object (value, DOORSTEP_CUSTOMER_ROW (object)->customer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_customer_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_CUSTOMER:
      doorstep_customer_row_set_customer (DOORSTEP_CUSTOMER_ROW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
doorstep_customer_row_class_init (DoorstepCustomerRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_customer_row_dispose;
  object_class->get_property = doorstep_customer_row_get_property;
  object_class->set_property = doorstep_customer_row_set_property;

  properties[PROP_CUSTOMER] =
    g_param_spec_object ("customer", NULL, NULL, DOORSTEP_TYPE_CUSTOMER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/staff/customers/doorstep-customer-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCustomerRow, details_label);
}

static void
doorstep_customer_row_init (DoorstepCustomerRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* @customer: (nullable): the customer to show; %NULL while unbound */
void
doorstep_customer_row_set_customer (DoorstepCustomerRow *self,
                                    DoorstepCustomer    *customer)
{
  g_return_if_fail (DOORSTEP_IS_CUSTOMER_ROW (self));

  if (!g_set_object (&self->customer, customer))
    return;
  if (customer != NULL)
    show_customer (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER]);
}
