/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "doorstep-check-row.h"

/* The row follows its item through bindings: the item holds what is
 * ticked and typed, so a row made again (the list paging in, a reload)
 * shows it as it was. Its check button is "<prefix>-check-<id>" and its
 * amount entry "<prefix>-amount-<id>", so tests find them by name. */

struct _DoorstepCheckRow {
  AdwActionRow    parent_instance;

  /* template widgets */
  GtkCheckButton *check;
  GtkLabel       *amount_label;
  GtkEntry       *amount_entry;

  /* owned references */
  GObject        *item;
};

G_DEFINE_FINAL_TYPE (DoorstepCheckRow, doorstep_check_row, ADW_TYPE_ACTION_ROW)

static gboolean
has_property (GObject    *object,
              const char *name)
{
  return g_object_class_find_property (G_OBJECT_GET_CLASS (object), name) != NULL;
}

/* Which of the amount's two widgets shows, and the accessible names. */
static void
update_cb (DoorstepCheckRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *amount_label = NULL;
  gboolean editable = FALSE;

  g_object_get (self->item, "title", &title, NULL);
  if (has_property (self->item, "amount"))
    g_object_get (self->item, "amount", &amount, NULL);
  if (has_property (self->item, "amount-editable"))
    g_object_get (self->item, "amount-editable", &editable, NULL);

  /* Translators: the accessible name of the amount to pay, "Amount for Invoice I-2007" */
  amount_label = g_strdup_printf (_("Amount for %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->amount_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, amount_label,
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self->amount_label), amount != NULL && !editable);
  gtk_widget_set_visible (GTK_WIDGET (self->amount_entry), editable);
}

static void
doorstep_check_row_dispose (GObject *object)
{
  DoorstepCheckRow *self = DOORSTEP_CHECK_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOORSTEP_TYPE_CHECK_ROW);
  g_clear_object (&self->item);
  G_OBJECT_CLASS (doorstep_check_row_parent_class)->dispose (object);
}

static void
doorstep_check_row_class_init (DoorstepCheckRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = doorstep_check_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/doorstep/Doorstep/widgets/doorstep-check-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DoorstepCheckRow, check);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCheckRow, amount_label);
  gtk_widget_class_bind_template_child (widget_class, DoorstepCheckRow, amount_entry);
}

static void
doorstep_check_row_init (DoorstepCheckRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * doorstep_check_row_new:
 * @item: an item of a DoorstepCheckList's model
 * @name_prefix: what its widgets' names start with, "pay"
 */
GtkWidget *
doorstep_check_row_new (GObject    *item,
                        const char *name_prefix)
{
  DoorstepCheckRow *self;
  g_autofree char *id = NULL;
  g_autofree char *check_name = NULL;
  g_autofree char *entry_name = NULL;

  g_return_val_if_fail (G_IS_OBJECT (item), NULL);
  g_return_val_if_fail (name_prefix != NULL, NULL);

  self = g_object_new (DOORSTEP_TYPE_CHECK_ROW, NULL);
  self->item = g_object_ref (item);
  g_object_get (item, "id", &id, NULL);
  check_name = g_strdup_printf ("%s-check-%s", name_prefix, id);
  entry_name = g_strdup_printf ("%s-amount-%s", name_prefix, id);
  gtk_widget_set_name (GTK_WIDGET (self->check), check_name);
  gtk_widget_set_name (GTK_WIDGET (self->amount_entry), entry_name);

  g_object_bind_property (item, "title", self, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property (item, "subtitle", self, "subtitle", G_BINDING_SYNC_CREATE);
  g_object_bind_property (item, "active", self->check, "active", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (item, "active", self->amount_entry, "sensitive", G_BINDING_SYNC_CREATE);
  if (has_property (item, "amount"))
    g_object_bind_property (item, "amount", self->amount_label, "label", G_BINDING_SYNC_CREATE);
  if (has_property (item, "amount-text"))
    g_object_bind_property (item, "amount-text", self->amount_entry, "text",
                            G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_signal_connect_object (item, "notify::title", G_CALLBACK (update_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::amount", G_CALLBACK (update_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::amount-editable", G_CALLBACK (update_cb), self, G_CONNECT_SWAPPED);
  update_cb (self);
  return GTK_WIDGET (self);
}

/**
 * doorstep_check_row_get_item:
 *
 * Returns: (transfer none): the item it shows
 */
GObject *
doorstep_check_row_get_item (DoorstepCheckRow *self)
{
  g_return_val_if_fail (DOORSTEP_IS_CHECK_ROW (self), NULL);
  return self->item;
}
